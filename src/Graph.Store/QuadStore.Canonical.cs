using Graph.Core.Terms;

namespace Graph.Store;

public sealed partial class QuadStore
{
    /// <summary>All quads decoded, in index (id) order: fast, but the order depends on insertion history.</summary>
    public IEnumerable<Quad> Quads()
    {
        foreach (var q in Match(TermId.Any, TermId.Any, TermId.Any, TermId.AnyGraph)) yield return Decode(q);
    }

    /// <summary>
    /// All quads as ids in the canonical order of <see cref="QuadComparer"/> (default graph first, then graph,
    /// subject, predicate, object by <see cref="TermComparer"/>), for deterministic writing. Terms are ranked once by
    /// comparing their UTF-8 keys (no decoding), then the quads are sorted by rank.
    /// </summary>
    public QuadIds[] ToCanonicalArray()
    {
        var state = State;
        var n = Dictionary.Count;
        var byRank = new int[n];
        for (var i = 0; i < n; i++) byRank[i] = i + 1;
        byRank.AsSpan().Sort(Dictionary.CompareCanonical);
        var rank = new int[n + 1];
        for (var i = 0; i < n; i++) rank[byRank[i]] = i + 1;
        // rank[0] = 0 keeps the default graph first.
        var keys = new IndexKey[state.Count];
        var source = state.Gspo.Keys;
        for (var i = 0; i < keys.Length; i++)
        {
            var k = source[i];
            keys[i] = new IndexKey(rank[k.A], rank[k.B], rank[k.C], rank[k.D]);
        }
        keys.AsSpan().Sort();
        var result = new QuadIds[keys.Length];
        for (var i = 0; i < keys.Length; i++)
        {
            var k = keys[i];
            result[i] = new QuadIds(byRank[k.B - 1], byRank[k.C - 1], byRank[k.D - 1], k.A == 0 ? TermId.DefaultGraph : byRank[k.A - 1]);
        }
        return result;
    }

    /// <summary>All quads decoded, in canonical order (see <see cref="ToCanonicalArray"/>).</summary>
    public IEnumerable<Quad> EnumerateCanonical()
    {
        foreach (var q in ToCanonicalArray()) yield return Decode(q);
    }
}
