using Graph.Core.Terms;

namespace Graph.Core.Graphs;

/// <summary>
/// Process-independent 64-bit hashing (FNV-1a over UTF-16 units, then a SplitMix finaliser), so that anything derived
/// from it (canonical blank-node labels, output order) is identical across runs and machines.
/// </summary>
public static class StableHash
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    public static ulong Of(string s)
    {
        var h = Offset;
        foreach (var c in s)
        {
            h ^= c;
            h *= Prime;
        }
        return Mix(h);
    }

    /// <summary>Hash of a non-blank term (blank nodes get their hashes from their neighbourhood instead).</summary>
    public static ulong Of(Term term) => term switch
    {
        Iri i => Combine(1, Of(i.Value)),
        Literal l => Combine(Combine(Combine(2, Of(l.LexicalForm)), Of(l.Datatype.Value)), l.Language is null ? 0 : Of(l.Language)),
        BlankNode => 3,
        _ => throw new System.Diagnostics.UnreachableException(term.GetType().Name),
    };

    public static ulong Combine(ulong a, ulong b) => Mix(a * 31 + b + 0x9E3779B97F4A7C15UL);

    public static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
