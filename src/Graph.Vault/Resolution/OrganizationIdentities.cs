using Graph.Vault.Model;
using Graph.Vault.People;

namespace Graph.Vault.Resolution;

/// <summary>
/// Merges organisation mentions and CSV rows into organisations: the same normalised name (articles, legal forms,
/// case, accents ignored) or the same site (host and first path segment) is one organisation.
/// </summary>
internal sealed class OrganizationIdentities
{
    private readonly UnionFind _sets = new();
    private readonly Dictionary<int, string> _keys = [];

    public IReadOnlyList<Organization> Organizations { get; private set; } = [];

    private sealed record Item(string Name, string? Url, string? Country, OrganizationSource Source, string? NotePath, CsvRow? Row);

    private sealed record CsvRow(string? Locality, string? Kind, IReadOnlyList<string> Expertise, IReadOnlyList<KeyValuePair<string, string>> Columns);

    public static OrganizationIdentities Build(IReadOnlyList<Note> notes, IReadOnlyList<DataTable> tables, VaultReaderOptions options)
    {
        var ids = new OrganizationIdentities();
        var items = new List<Item>();
        foreach (var table in tables)
        {
            if (MentionPass.CsvColumns(table, options) is not { } columns) continue;
            var name = MentionPass.IndexOf(table, columns.Name);
            var url = MentionPass.IndexOf(table, columns.Url);
            var locality = MentionPass.IndexOf(table, columns.Locality);
            var kind = MentionPass.IndexOf(table, columns.Kind);
            var expertise = columns.Expertise.Select(e => MentionPass.IndexOf(table, e)).Where(i => i >= 0).ToArray();
            foreach (var row in table.Rows)
            {
                if (name < 0 || row[name].Length == 0) continue;
                string? Cell(int i) => i >= 0 && row[i].Length > 0 ? row[i] : null;
                var csv = new CsvRow(Cell(locality), Cell(kind),
                    expertise.Select(Cell).OfType<string>().Distinct().ToArray(),
                    table.Headers.Select((h, i) => new KeyValuePair<string, string>(h, row[i])).ToArray());
                items.Add(new Item(row[name], Cell(url), null, OrganizationSource.Csv, null, csv));
            }
        }
        foreach (var note in notes)
            foreach (var m in note.Organizations)
                items.Add(new Item(m.Name, m.Url, m.CountryCode, m.Source, note.Path, null));

        // The same few hundred names and URLs recur across thousands of notes: normalise each distinct one once.
        for (var i = 0; i < items.Count; i++)
        {
            ids._sets.Add();
            if (ids.NameKey(items[i].Name) is { } nameKey) ids._sets.Key(i, nameKey);
            if (ids.UrlKey(items[i].Url) is { } urlKey) ids._sets.Key(i, urlKey);
        }
        ids._sets.Flatten();

        var organizations = new List<Organization>();
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var group in items.Select((item, i) => (item, root: ids._sets.Root(i))).GroupBy(x => x.root).OrderBy(g => g.Key))
        {
            var members = group.Select(x => x.item).ToList();
            var csv = members.FirstOrDefault(m => m.Row is not null);
            var name = csv?.Name ?? members.GroupBy(m => m.Name).OrderByDescending(g => g.Count()).ThenBy(g => members.IndexOf(g.First())).First().Key;
            var key = Names.Slug(name);
            for (var n = 2; !used.Add(key); n++) key = Names.Slug(name) + "-" + n;
            ids._keys[group.Key] = key;
            var url = csv?.Url ?? members.Where(m => m.Url is not null).GroupBy(m => m.Url!).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault();
            var kind = csv?.Row?.Kind;
            organizations.Add(new Organization(
                key,
                name,
                members.Select(m => m.Name).Where(n => n != name).Distinct().Order(StringComparer.Ordinal).ToArray(),
                url,
                csv?.Row?.Locality,
                kind,
                members.Select(m => m.Country).FirstOrDefault(c => c is not null),
                csv?.Row?.Expertise ?? [],
                IsMuseum(name, kind),
                members.Aggregate(OrganizationSource.None, (s, m) => s | m.Source),
                csv?.Row?.Columns ?? [],
                members.Select(m => m.NotePath).OfType<string>().Distinct().Order(StringComparer.Ordinal).ToArray()));
        }
        ids.Organizations = organizations.OrderBy(o => o.Key, StringComparer.Ordinal).ToArray();
        return ids;
    }

    /// <summary>The key of the organisation named <paramref name="name"/> (or at <paramref name="url"/>), or null.</summary>
    /// <remarks>Thread-safe once built: only reads; every name and URL of the notes was normalised while building.</remarks>
    public string? KeyOf(string? name, string? url)
    {
        int? root = null;
        if (name is not null && (_nameKeys.TryGetValue(name, out var nk) ? nk : NormalName(name)) is { } nameKey) root = _sets.Find(nameKey);
        if (root is null && url is not null && (_urlKeys.TryGetValue(url, out var uk) ? uk : UrlKeys.Organization(url)) is { } urlKey) root = _sets.Find(urlKey);
        return root is { } r && _keys.TryGetValue(r, out var key) ? key : null;
    }

    private readonly Dictionary<string, string?> _nameKeys = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string?> _urlKeys = new(StringComparer.Ordinal);

    private string? NameKey(string name)
    {
        if (!_nameKeys.TryGetValue(name, out var key)) _nameKeys[name] = key = NormalName(name);
        return key;
    }

    private string? UrlKey(string? url)
    {
        if (url is null) return null;
        if (!_urlKeys.TryGetValue(url, out var key)) _urlKeys[url] = key = UrlKeys.Organization(url);
        return key;
    }

    private static string? NormalName(string name) => Names.NormalizeOrganization(name) is { Length: > 0 } n ? "n:" + n : null;

    private static bool IsMuseum(string name, string? kind)
    {
        var n = Names.Normalize(name + " " + kind);
        return n.Contains("musee", StringComparison.Ordinal) || n.Contains("museum", StringComparison.Ordinal)
            || n.Contains("museo", StringComparison.Ordinal) || n.Contains("muzeum", StringComparison.Ordinal);
    }
}
