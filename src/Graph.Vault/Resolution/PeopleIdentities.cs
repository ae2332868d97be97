using Graph.Vault.Model;
using Graph.Vault.People;

namespace Graph.Vault.Resolution;

/// <summary>
/// Merges person mentions into people: the same profile URL, the same normalised name (honorific, case, accents and
/// hyphens ignored) or the same person note ([[Delphine Rivier]] and the note Delphine Rivier.md) is one person.
/// </summary>
internal sealed class PeopleIdentities
{
    private readonly UnionFind _sets = new();
    private readonly Dictionary<int, string> _keys = [];

    public IReadOnlyList<Person> People { get; private set; } = [];

    /// <summary>Merges the mentions of <paramref name="notes"/>; <paramref name="links"/> are each note's wikilinks, resolved.</summary>
    public static PeopleIdentities Build(IReadOnlyList<Note> notes, IReadOnlyList<WikiLink>[] links)
    {
        var ids = new PeopleIdentities();
        var all = new List<(PersonMention Mention, Note Note, string? LinkedPath)>();
        var profiles = new Dictionary<string, string?>(StringComparer.Ordinal);
        for (var n = 0; n < notes.Count; n++)
        {
            var note = notes[n];
            foreach (var mention in note.People)
            {
                var item = ids._sets.Add();
                var linked = mention.NoteTarget is { } target ? LinkedPath(links[n], target) : null;
                all.Add((mention, note, linked));
                if (!ids._nameKeys.TryGetValue(mention.Name, out var nameKey)) ids._nameKeys[mention.Name] = nameKey = NameKey(mention.Name);
                ids._sets.Key(item, nameKey);
                foreach (var url in mention.ProfileUrls)
                {
                    // The same few profiles recur across the vault: each URL is parsed once.
                    if (!profiles.TryGetValue(url, out var key)) profiles[url] = key = UrlKeys.Profile(url);
                    if (key is not null) ids._sets.Key(item, key);
                }
                if (mention.Role == MentionRole.Subject) ids._sets.Key(item, "p:" + note.Path);
                else if (linked is not null) ids._sets.Key(item, "p:" + linked);
            }
        }
        ids._sets.Flatten();

        var groups = all.Select((m, i) => (m.Mention, m.Note, m.LinkedPath, Root: ids._sets.Root(i))).GroupBy(x => x.Root).OrderBy(g => g.Key);
        var people = new List<Person>();
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var group in groups)
        {
            var mentions = group.ToList();
            var name = mentions.GroupBy(m => m.Mention.Name).OrderByDescending(g => g.Count()).ThenBy(g => g.First().Note.Path, StringComparer.Ordinal).First().Key;
            var key = Names.Slug(name);
            for (var n = 2; !used.Add(key); n++) key = Names.Slug(name) + "-" + n;
            ids._keys[group.Key] = key;
            var subjectOf = mentions.Where(m => m.Mention.Role == MentionRole.Subject).Select(m => m.Note.Path)
                .Concat(mentions.Select(m => m.LinkedPath).OfType<string>());
            people.Add(new Person(
                key,
                name,
                mentions.Select(m => m.Mention.Honorific).FirstOrDefault(h => h is not null),
                mentions.Where(m => m.Mention.JobTitle is not null).Select(m => new JobTitle(m.Mention.JobTitle!, m.Mention.JobTitleLanguage)).Distinct().ToArray(),
                [],
                mentions.Select(m => m.Mention.CountryCode).FirstOrDefault(c => c is not null),
                mentions.SelectMany(m => m.Mention.ProfileUrls).Distinct().Order(StringComparer.Ordinal).ToArray(),
                subjectOf.Distinct().Order(StringComparer.Ordinal).ToArray(),
                mentions.Select(m => m.Note.Path).Distinct().Order(StringComparer.Ordinal).ToArray()));
        }
        ids.People = people.OrderBy(p => p.Key, StringComparer.Ordinal).ToArray();
        return ids;
    }

    // The path of the note the first wikilink to <paramref name="target"/> resolved to.
    private static string? LinkedPath(IReadOnlyList<WikiLink> links, string target)
    {
        foreach (var l in links)
            if (l.Target == target) return l.ResolvedPath;
        return null;
    }

    /// <summary>The key of the person a mention in <paramref name="note"/> is.</summary>
    public string? KeyOf(PersonMention mention, Note note) => KeyOfName(mention.Name);

    /// <summary>The key of the person with this name, or null.</summary>
    /// <remarks>Thread-safe once built (reads only; names seen while building are cached).</remarks>
    public string? KeyOfName(string name) =>
        _sets.Find(_nameKeys.TryGetValue(name, out var k) ? k : NameKey(name)) is { } root && _keys.TryGetValue(root, out var key) ? key : null;

    private readonly Dictionary<string, string> _nameKeys = new(StringComparer.Ordinal);

    private static string NameKey(string name) => "n:" + Names.Normalize(Names.SplitHonorific(name).Name);

    /// <summary>Adds the organisations each person works for, once organisations are known.</summary>
    public void SetAffiliations(Func<PersonMention, string?> organizationKey, IReadOnlyList<Note> notes)
    {
        var byKey = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var note in notes)
            foreach (var m in note.People)
                if (KeyOfName(m.Name) is { } key && organizationKey(m) is { } org)
                {
                    if (!byKey.TryGetValue(key, out var list)) byKey[key] = list = [];
                    if (!list.Contains(org)) list.Add(org);
                }
        People = People.Select(p => byKey.TryGetValue(p.Key, out var orgs) ? p with { Affiliations = orgs } : p).ToArray();
    }
}
