using System.Collections.Concurrent;
using System.Globalization;
using Graph.Core.Graphs;
using Graph.Core.Terms;

namespace Graph.Mapping.Iris;

/// <summary>
/// Mints the converter's IRIs: <c>{base}note/{slug}</c>, <c>person/…</c>, <c>organization/…</c>, <c>topic/…</c>,
/// <c>quote/…</c>. Note slugs come from the file name; notes whose file names collide fall back to a slug of the
/// whole path, and then to a short hash of the path, so a note's IRI depends only on the notes that share its name.
/// </summary>
internal sealed class IriMinter
{
    private readonly string _base;
    private readonly Dictionary<string, string> _noteSlugs = new(StringComparer.Ordinal);

    public IriMinter(string baseIri, IEnumerable<string> notePaths, int parallelism = 1)
    {
        _base = baseIri;
        var paths = notePaths.ToArray();
        // The reader lists notes in path order already: sorting again would compare every path for nothing.
        if (!IsSorted(paths)) paths = [.. paths.Order(StringComparer.Ordinal)];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallelism) };
        var nameSlugs = new string[paths.Length];
        Parallel.For(0, paths.Length, parallel, i => nameSlugs[i] = Slug.Of(NameOf(paths[i])));

        // Groups of paths whose names slug alike, numbered in order of their first path.
        var groupOf = new int[paths.Length];
        var groupSizes = new List<int>();
        var groups = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < paths.Length; i++)
        {
            if (!groups.TryGetValue(nameSlugs[i], out var g))
            {
                groups.Add(nameSlugs[i], g = groupSizes.Count);
                groupSizes.Add(0);
            }
            groupOf[i] = g;
            groupSizes[g]++;
        }
        var empty = groups.TryGetValue("", out var e) ? e : -1;
        bool Collides(int i) => groupSizes[groupOf[i]] > 1 || groupOf[i] == empty;

        var taken = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < paths.Length; i++)
            if (!Collides(i))
            {
                _noteSlugs[paths[i]] = nameSlugs[i];
                taken.Add(nameSlugs[i]);
            }

        // Colliding names fall back to a slug of the path: group after group, each group's paths in order.
        var starts = new int[groupSizes.Count + 1];
        for (var g = 0; g < groupSizes.Count; g++) starts[g + 1] = starts[g] + (groupSizes[g] > 1 || g == empty ? groupSizes[g] : 0);
        var colliding = new int[starts[^1]];
        var fill = starts[..^1];
        for (var i = 0; i < paths.Length; i++)
            if (Collides(i)) colliding[fill[groupOf[i]]++] = i;
        var pathSlugs = new string[colliding.Length];
        Parallel.For(0, colliding.Length, parallel, j => pathSlugs[j] = Slug.Of(Path.ChangeExtension(paths[colliding[j]], null) ?? paths[colliding[j]]));
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var g = 0; g < groupSizes.Count; g++)
        {
            if (starts[g] == starts[g + 1]) continue;
            counts.Clear();
            for (var j = starts[g]; j < starts[g + 1]; j++) counts[pathSlugs[j]] = counts.GetValueOrDefault(pathSlugs[j]) + 1;
            for (var j = starts[g]; j < starts[g + 1]; j++)
            {
                var path = paths[colliding[j]];
                var slug = pathSlugs[j];
                if (slug.Length == 0 || taken.Contains(slug) || counts[slug] > 1)
                    slug = (slug.Length == 0 ? "note" : slug) + "-" + ShortHash(path);
                _noteSlugs[path] = slug;
                taken.Add(slug);
            }
        }
        _takenNoteSlugs = taken;
    }

    private static bool IsSorted(string[] paths)
    {
        for (var i = 1; i < paths.Length; i++)
            if (string.CompareOrdinal(paths[i - 1], paths[i]) > 0) return false;
        return true;
    }

    private readonly HashSet<string> _takenNoteSlugs;

    private readonly Dictionary<string, string> _people = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _organizations = new(StringComparer.Ordinal);

    /// <summary>
    /// Slugs people and organisations from their names (the reader's keys identify them, but readable IRIs come from
    /// the name). Names that slug alike all get a hash of their key, so no IRI depends on which one sorts first.
    /// </summary>
    public void AddIdentities(IEnumerable<(string Key, string Name)> people, IEnumerable<(string Key, string Name)> organizations)
    {
        Assign(people, _people);
        Assign(organizations, _organizations);
    }

    private static void Assign(IEnumerable<(string Key, string Name)> identities, Dictionary<string, string> slugs)
    {
        foreach (var group in identities.GroupBy(i => Slug.Of(i.Name)))
        {
            var many = group.Count() > 1 || group.Key.Length == 0;
            foreach (var (key, _) in group)
                slugs[key] = many ? (group.Key.Length == 0 ? "x" : group.Key) + "-" + ShortHash(key) : group.Key;
        }
    }

    private readonly Dictionary<string, string> _topicSlugs = new(StringComparer.Ordinal);

    /// <summary>
    /// Slugs the vault's tags. Tags that differ but slug alike (<c>musée</c> and <c>musee</c>, <c>open data</c> and
    /// <c>open-data</c>) each get a hash of the tag after the slug, so neither IRI depends on the other's presence
    /// order, and the collision is reported. Returns the groups of colliding tags.
    /// </summary>
    public IReadOnlyList<(string Slug, IReadOnlyList<string> Tags)> AddTopics(IEnumerable<string> tags)
    {
        var collisions = new List<(string, IReadOnlyList<string>)>();
        foreach (var group in tags.Distinct(StringComparer.Ordinal).GroupBy(TopicSlug, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var members = group.Order(StringComparer.Ordinal).ToList();
            foreach (var tag in members)
                _topicSlugs[tag] = members.Count == 1 ? group.Key : group.Key + "-" + ShortHash(tag);
            if (members.Count > 1) collisions.Add((group.Key, members));
        }
        return collisions;
    }

    private static string TopicSlug(string tag) => string.Join('/', tag.Split('/').Select(s => SafeKey(s)));

    public string Base => _base;

    public Iri Dataset => new(_base + "dataset");

    public Iri TopicScheme => new(_base + "scheme/topics");

    public Iri ExpertiseScheme => new(_base + "scheme/expertise");

    public string NoteSlug(string path) => _noteSlugs.TryGetValue(path, out var s) ? s : Slug.Of(Path.ChangeExtension(path, null) ?? path);

    // Minted IRIs are cached: a vault of 20,000 notes asks for the same note, topic or person IRIs again and again.
    // Notes are mapped on several threads, hence concurrent maps (two threads may mint the same IRI once each: equal values).
    private readonly ConcurrentDictionary<string, Iri> _noteIris = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Iri> _topicIris = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Iri> _personIris = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Iri> _organizationIris = new(StringComparer.Ordinal);

    public Iri Note(string path)
    {
        if (!_noteIris.TryGetValue(path, out var iri)) _noteIris[path] = iri = new(_base + "note/" + NoteSlug(path));
        return iri;
    }

    /// <summary>
    /// The target of a wikilink that resolves to no note: <c>{base}note/{slug of the target's name}</c>, the IRI a note of
    /// that name would get, described by no statement (so <c>FILTER NOT EXISTS { ?target ?p ?o }</c> finds it). When a
    /// note already has that slug (the link did not match it), a hash of the target is added, so a broken link never
    /// points to an existing note.
    /// </summary>
    public Iri MissingNote(string target)
    {
        var slug = Slug.Of(NameOf(target));
        if (slug.Length == 0 || _takenNoteSlugs.Contains(slug)) slug = (slug.Length == 0 ? "note" : slug) + "-" + ShortHash(target);
        return new Iri(_base + "note/" + slug);
    }

    public Iri Person(string key)
    {
        if (!_personIris.TryGetValue(key, out var iri))
            _personIris[key] = iri = new(_base + "person/" + (_people.TryGetValue(key, out var s) ? s : SafeKey(key)));
        return iri;
    }

    public Iri Organization(string key)
    {
        if (!_organizationIris.TryGetValue(key, out var iri))
            _organizationIris[key] = iri = new(_base + "organization/" + (_organizations.TryGetValue(key, out var s) ? s : SafeKey(key)));
        return iri;
    }

    public Iri Address(string organizationKey) => new(Organization(organizationKey).Value + "#address");

    /// <summary>A tag's concept; nested tags keep their hierarchy in the path (<c>topic/musee/numerique</c>).</summary>
    public Iri Topic(string tag)
    {
        if (!_topicIris.TryGetValue(tag, out var iri))
            _topicIris[tag] = iri = new(_base + "topic/" + (_topicSlugs.TryGetValue(tag, out var slug) ? slug : TopicSlug(tag)));
        return iri;
    }

    public Iri Expertise(string label) => new(_base + "expertise/" + SafeKey(label));

    public Iri Media(string vaultPath) => new(_base + "media/" + SafeKey(vaultPath));

    public Iri Dump(string file) => new(_base + file);

    public Iri ClassPartition(string localName) => new(_base + "dataset/class/" + localName);

    /// <summary>The named graph of a note's statements: the note IRI with <c>note/</c> → <c>graph/note/</c>.</summary>
    public Iri NoteGraph(string path) => new(_base + "graph/note/" + NoteSlug(path));

    /// <summary>The named graph of the entities notes share (people, organisations, topics, vault files).</summary>
    public Iri SharedGraph => new(_base + "graph/shared");

    /// <summary>The named graph of the dataset description.</summary>
    public Iri DatasetGraph => new(_base + "graph/dataset");

    /// <summary>A vault file as a provenance source: <c>{base}source/</c> + the vault-relative path, each segment percent-encoded.</summary>
    public Iri Source(string vaultPath) => new(_base + "source/" + string.Join('/', vaultPath.Split('/').Select(Uri.EscapeDataString)));

    /// <summary>A quotation: the note's slug and a hash of the text, so that adding or moving quotations does not rename others.</summary>
    public Iri Quote(string notePath, string text, int occurrence)
    {
        var slug = NoteSlug(notePath) + "-" + ShortHash(text);
        if (occurrence > 1) slug += "-" + occurrence.ToString(CultureInfo.InvariantCulture);
        return new Iri(_base + "quote/" + slug);
    }

    internal static string ShortHash(string s) => (StableHash.Of(s) & 0xFFFFFFFF).ToString("x8", CultureInfo.InvariantCulture);

    private static string SafeKey(string key)
    {
        var slug = Slug.Of(key, 120);
        return slug.Length > 0 ? slug : "x-" + ShortHash(key);
    }

    private static string NameOf(string path)
    {
        var name = path[(path.LastIndexOf('/') + 1)..];
        return name.EndsWith(".md", StringComparison.OrdinalIgnoreCase) ? name[..^3] : name;
    }
}
