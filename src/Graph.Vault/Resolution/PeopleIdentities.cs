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
                if (mention.JobTitle is { } jobTitle) ids._strings.Add(jobTitle);
                if (mention.OrganizationName is { } organization) ids._strings.Add(organization);
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

        // Groups in the order of their roots (a set's root is its first item), members in item order.
        var groups = Groups.Of(ids._sets, all.Count);
        var people = new List<Person>(groups.Count);
        var keys = new Slugs();
        var names = new Dictionary<string, (int Count, string FirstPath)>(StringComparer.Ordinal);
        for (var g = 0; g < groups.Count; g++)
        {
            var members = groups.Members(g);
            var name = MostFrequentName(all, members, names);
            var key = keys.Unique(name);
            ids._keys[groups.Root(g)] = key;
            string? honorific = null, country = null;
            var jobTitles = new List<JobTitle>();
            var profileUrls = new SortedSet<string>(StringComparer.Ordinal);
            var subjectOf = new SortedSet<string>(StringComparer.Ordinal);
            var mentionedIn = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var i in members)
            {
                var (m, note, linked) = all[i];
                honorific ??= m.Honorific;
                country ??= m.CountryCode;
                if (m.JobTitle is not null && new JobTitle(m.JobTitle, m.JobTitleLanguage) is var title && !jobTitles.Contains(title)) jobTitles.Add(title);
                foreach (var url in m.ProfileUrls) profileUrls.Add(url);
                if (m.Role == MentionRole.Subject) subjectOf.Add(note.Path);
                if (linked is not null) subjectOf.Add(linked);
                mentionedIn.Add(note.Path);
            }
            people.Add(new Person(key, name, honorific, jobTitles.Count == 0 ? [] : [.. jobTitles], [], country,
                Array(profileUrls), Array(subjectOf), Array(mentionedIn)));
        }
        people.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
        ids.People = [.. people];
        return ids;
    }

    private static string[] Array(SortedSet<string> set) => set.Count == 0 ? [] : [.. set];

    // The most frequent spelling; ties: the one first seen in the note with the smallest path, then the first seen.
    private static string MostFrequentName(List<(PersonMention Mention, Note Note, string? LinkedPath)> all, ReadOnlySpan<int> members,
        Dictionary<string, (int Count, string FirstPath)> names)
    {
        if (members.Length == 1) return all[members[0]].Mention.Name;
        names.Clear();
        string? best = null;
        foreach (var i in members)
        {
            var (m, note, _) = all[i];
            ref var entry = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(names, m.Name, out var exists);
            if (!exists) entry.FirstPath = note.Path;
            entry.Count++;
        }
        // Walk in first-seen order so that full ties keep the first-seen name.
        var bestCount = 0;
        string bestPath = "";
        foreach (var i in members)
        {
            var n = all[i].Mention.Name;
            var (count, path) = names[n];
            if (best is null || count > bestCount || (count == bestCount && string.CompareOrdinal(path, bestPath) < 0))
            {
                best = n;
                bestCount = count;
                bestPath = path;
            }
        }
        return best!;
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

    // The job titles and organisation names of the mentions, one string each: the resolved mentions share them.
    private readonly HashSet<string> _strings = new(StringComparer.Ordinal);

    /// <summary>The first-seen instance of a job title or organisation name of the mentions (thread-safe once built: reads only).</summary>
    public string? Shared(string? text) => text is not null && _strings.TryGetValue(text, out var shared) ? shared : text;

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
