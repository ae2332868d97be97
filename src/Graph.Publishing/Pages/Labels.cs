using System.Text;
using Graph.Core.Terms;
using Graph.Core.Vocabularies;
using Graph.Store;

namespace Graph.Publishing.Pages;

/// <summary>
/// Human labels of terms on a page: <c>rdfs:label</c>, <c>schema:name</c>, <c>skos:prefLabel</c> (in that order) in
/// the preferred language, else untagged, else any; without one, a property's local name in words
/// (<c>dateCreated</c> → "date created") and other IRIs' last path segment.
/// </summary>
internal sealed class Labels(QuadStore store, IReadOnlyList<string> languages)
{
    private readonly int[] _labelProperties = new[] { Rdfs.Label, Schema.Name, Skos.PrefLabel }
        .Select(store.Dictionary.GetId).Where(id => id != 0).ToArray();
    private readonly Dictionary<int, string?> _cache = [];

    /// <summary>The label the data gives, or null.</summary>
    public string? Stated(int id)
    {
        if (_cache.TryGetValue(id, out var cached)) return cached;
        string? best = null;
        var bestRank = int.MaxValue;
        foreach (var p in _labelProperties)
        {
            foreach (var q in store.Match(id, p, TermId.Any, TermId.AnyGraph))
            {
                if (store.Dictionary.Decode(q.Object) is not Literal l) continue;
                var rank = Rank(l);
                // Ties keep the smallest text, so the choice never depends on index order.
                if (rank < bestRank || (rank == bestRank && string.CompareOrdinal(l.LexicalForm, best) < 0)) { best = l.LexicalForm; bestRank = rank; }
            }
            if (best is not null) break;
        }
        _cache[id] = best;
        return best;
    }

    public string OfProperty(int id) => Stated(id) ?? Words(LocalName(((Iri)store.Dictionary.Decode(id)).Value));

    public string OfResource(int id) => store.Dictionary.Decode(id) switch
    {
        Iri iri => Stated(id) ?? Fallback(iri.Value),
        BlankNode b => Stated(id) ?? "_:" + b.Label,
        Literal l => l.LexicalForm,
        var t => throw new System.Diagnostics.UnreachableException(t.GetType().Name),
    };

    private int Rank(Literal l)
    {
        if (l.Language is null) return languages.Count;
        for (var i = 0; i < languages.Count; i++)
            if (l.Language == languages[i] || l.Language.StartsWith(languages[i] + "-", StringComparison.Ordinal)) return i;
        return languages.Count + 1;
    }

    private static string Fallback(string iri)
    {
        var local = LocalName(iri.TrimEnd('/'));
        return local.Length > 0 ? Uri.UnescapeDataString(local) : iri;
    }

    internal static string LocalName(string iri) => iri[(Math.Max(iri.LastIndexOf('#'), iri.LastIndexOf('/')) + 1)..];

    /// <summary><c>dateCreated</c> → "date created"; <c>prefLabel</c> → "pref label".</summary>
    internal static string Words(string local)
    {
        var sb = new StringBuilder(local.Length + 4);
        for (var i = 0; i < local.Length; i++)
        {
            var c = local[i];
            if (char.IsUpper(c) && i > 0 && !char.IsUpper(local[i - 1])) sb.Append(' ');
            sb.Append(c is '_' or '-' ? ' ' : char.ToLowerInvariant(c));
        }
        return sb.ToString();
    }
}
