using System.Text;
using Graph.Core.Graphs;
using Graph.Core.Terms;
using Graph.Testing;

namespace Graph.IO.Tests.Conformance;

/// <summary>
/// The RDF 1.1 syntax test suites (<c>../shared/w3c/rdf-tests/rdf/rdf11/manifest.ttl</c>): every entry, the
/// runner for each test type, and helpers shared with other conformance tests (round trips, RDF/XML).
/// </summary>
public static class RdfTestSuite
{
    public const string ManifestPath = "w3c/rdf-tests/rdf/rdf11/manifest.ttl";

    private static readonly Lazy<IReadOnlyList<W3cTestEntry>> s_entries = new(LoadEntries);
    private static readonly Lazy<IReadOnlyDictionary<string, W3cTestRunner>> s_runners = new(CollectRunners);

    /// <summary>All entries reachable from the RDF 1.1 manifest, in manifest order; empty when ../shared is absent.</summary>
    public static IReadOnlyList<W3cTestEntry> Entries => s_entries.Value;

    /// <summary>Runners by test-type IRI, from every <see cref="IW3cTestRunners"/> in this assembly.</summary>
    public static IReadOnlyDictionary<string, W3cTestRunner> Runners => s_runners.Value;

    /// <summary>The evaluation tests (Turtle, TriG and RDF/XML) with the files round-trip tests need.</summary>
    public static IEnumerable<EvalCase> EvalCases() =>
        Entries.Where(e => e.ResultPath is not null && e.TypeName.EndsWith("Eval", StringComparison.Ordinal)
                           && e.ActionFormat is not null && e.ResultFormat is not null)
            .Select(e => new EvalCase(e.Id, e.ActionPath, e.ActionFormat!, e.ResultPath!, e.ResultFormat!, e.BaseIri));

    /// <summary>Finds an entry by its IRI, its fragment (e.g. <c>turtle-syntax-bad-num-01</c>) or its name.</summary>
    public static W3cTestEntry? Find(string idOrName) =>
        Entries.FirstOrDefault(e => e.Id == idOrName || e.ShortId == idOrName)
        ?? Entries.FirstOrDefault(e => e.Id.EndsWith("#" + idOrName, StringComparison.Ordinal) || e.Name == idOrName);

    /// <summary>Runs one entry with the runner for its type.</summary>
    public static void Run(W3cTestEntry entry)
    {
        if (!Runners.TryGetValue(entry.Type, out var runner))
            Assert.Fail($"{entry.Id}: no runner for test type <{entry.Type}>; add one (an IW3cTestRunners class) or a skip with its reason");
        runner(entry);
    }

    public static List<Quad> Parse(IRdfReader reader, string path, string baseIri)
    {
        var sink = new QuadList();
        using var stream = File.OpenRead(path);
        reader.Read(stream, sink, new RdfReaderOptions { BaseIri = baseIri, FileName = Path.GetFileName(path) });
        return sink.Quads;
    }

    /// <summary>Asserts isomorphism; on failure shows both sides as sorted N-Quads.</summary>
    public static void AssertIsomorphic(IReadOnlyCollection<Quad> expected, IReadOnlyCollection<Quad> actual, string id)
    {
        if (Isomorphism.AreIsomorphic(expected, actual)) return;
        Assert.Fail($"{id}: not isomorphic to the expected result.\n--- expected ({expected.Count})\n{SortedNQuads(expected)}--- actual ({actual.Count})\n{SortedNQuads(actual)}");
    }

    public static string SortedNQuads(IEnumerable<Quad> quads)
    {
        var sb = new StringBuilder();
        foreach (var line in quads.Select(q => q.ToString()).Order(StringComparer.Ordinal)) sb.Append(line).Append('\n');
        return sb.ToString();
    }

    private static IReadOnlyList<W3cTestEntry> LoadEntries()
    {
        if (!SharedData.IsAvailable) return [];
        var manifest = Path.Combine(SharedData.Root!, ManifestPath);
        if (!File.Exists(manifest)) return [];
        return W3cManifest.Load(manifest, Path.Combine(SharedData.Root!, "w3c", "rdf-tests"));
    }

    private static IReadOnlyDictionary<string, W3cTestRunner> CollectRunners()
    {
        var runners = new Dictionary<string, W3cTestRunner>(StringComparer.Ordinal);
        var providers = typeof(RdfTestSuite).Assembly.GetTypes()
            .Where(t => typeof(IW3cTestRunners).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false })
            .OrderBy(t => t == typeof(RdfSyntaxRunners) ? 0 : 1).ThenBy(t => t.FullName, StringComparer.Ordinal);
        foreach (var type in providers)
            foreach (var (key, runner) in ((IW3cTestRunners)Activator.CreateInstance(type)!).Runners)
                runners[key] = runner;
        return runners;
    }
}
