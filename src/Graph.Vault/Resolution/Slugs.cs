using Graph.Vault.People;

namespace Graph.Vault.Resolution;

/// <summary>Unique keys from names: the name's slug, else the slug with the first free suffix <c>-2</c>, <c>-3</c>…</summary>
internal sealed class Slugs
{
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);

    // Per slug, the suffix to try next: every smaller one was taken when it was last asked for, and taken keys stay
    // taken, so the search resumes there (a name shared by thousands of sets would otherwise retry them all each time).
    private readonly Dictionary<string, int> _next = new(StringComparer.Ordinal);

    public string Unique(string name)
    {
        var slug = Names.Slug(name);
        if (_used.Add(slug)) return slug;
        var n = _next.GetValueOrDefault(slug, 2);
        string key;
        while (!_used.Add(key = slug + "-" + n)) n++;
        _next[slug] = n + 1;
        return key;
    }
}
