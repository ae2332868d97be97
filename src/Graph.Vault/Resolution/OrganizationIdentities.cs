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

        var groups = Groups.Of(ids._sets, items.Count);
        var organizations = new List<Organization>(groups.Count);
        var keys = new Slugs();
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var g = 0; g < groups.Count; g++)
        {
            var members = groups.Members(g);
            Item? csv = null;
            foreach (var i in members)
                if (items[i].Row is not null) { csv = items[i]; break; }
            var name = csv?.Name ?? MostFrequent(items, members, counts, static m => m.Name)!;
            var key = keys.Unique(name);
            ids._keys[groups.Root(g)] = key;
            var url = csv?.Url ?? MostFrequent(items, members, counts, static m => m.Url);
            var kind = csv?.Row?.Kind;
            string? country = null;
            var sources = OrganizationSource.None;
            var alternates = new SortedSet<string>(StringComparer.Ordinal);
            var mentionedIn = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var i in members)
            {
                var m = items[i];
                if (m.Name != name) alternates.Add(m.Name);
                country ??= m.Country;
                sources |= m.Source;
                if (m.NotePath is not null) mentionedIn.Add(m.NotePath);
            }
            organizations.Add(new Organization(
                key,
                name,
                alternates.Count == 0 ? [] : [.. alternates],
                url,
                csv?.Row?.Locality,
                kind,
                country,
                csv?.Row?.Expertise ?? [],
                IsMuseum(name, kind),
                sources,
                csv?.Row?.Columns ?? [],
                mentionedIn.Count == 0 ? [] : [.. mentionedIn]));
        }
        organizations.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
        ids.Organizations = [.. organizations];
        return ids;
    }

    // The most frequent non-null value; ties: the first seen.
    private static string? MostFrequent(List<Item> items, ReadOnlySpan<int> members, Dictionary<string, int> counts, Func<Item, string?> value)
    {
        if (members.Length == 1) return value(items[members[0]]);
        counts.Clear();
        foreach (var i in members)
            if (value(items[i]) is { } v) counts[v] = counts.GetValueOrDefault(v) + 1;
        string? best = null;
        var bestCount = 0;
        foreach (var i in members)
            if (value(items[i]) is { } v && counts[v] > bestCount)
            {
                best = v;
                bestCount = counts[v];
            }
        return best;
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
        if (!_nameKeys.TryGetValue(name, out var key))
        {
            _nameKeys[name] = key = NormalName(name);
            _names.Add(name);
        }
        return key;
    }

    // The first-seen instance of each name: the resolved mentions share them.
    private readonly HashSet<string> _names = new(StringComparer.Ordinal);

    /// <summary>The first-seen instance of an organisation name (thread-safe once built: reads only).</summary>
    public string Shared(string name) => _names.TryGetValue(name, out var shared) ? shared : name;

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
