using Graph.Core.Graphs;
using Graph.Core.Terms;
using Graph.IO;
using Graph.Sparql.Syntax;
using Graph.Testing;
using Graph.Testing.W3c;

namespace Graph.Sparql.Engine.Tests.Conformance;

/// <summary>
/// The W3C SPARQL 1.1 Update evaluation tests (manifest-sparql11-update.ttl), one theory row per entry: load the
/// Graph Store before, run the request, compare the Graph Store after (default graph and each named graph, by
/// isomorphism over the whole dataset; a graph the test lists must exist, even empty). Needs ../shared.
/// </summary>
public class UpdateEvaluationTests
{
    private const string Manifest = "w3c/rdf-tests/sparql/sparql11/manifest-sparql11-update.ttl";

    private static readonly ManifestEntrySet<UpdateEvalEntry> s_entries = new(
        root => UpdateEvalManifest.Load(Path.Combine(root, Manifest), Path.Combine(root, "w3c", "rdf-tests")),
        e => QueryEvalManifest.ShortId(e.Id));

    /// <summary>Entries we do not run, by id, each with its reason. Empty this list, don't grow it.</summary>
    private static readonly Dictionary<string, string> KnownGaps = new(StringComparer.Ordinal);

    public static IEnumerable<TheoryDataRow<string>> Cases() => s_entries.Rows(e => e.Name, (id, _) => KnownGaps.GetValueOrDefault(id));

    [Theory]
    [MemberData(nameof(Cases))]
    public void Updates(string id)
    {
        SharedData.Require("w3c/rdf-tests/sparql");
        Run(s_entries[id]);
    }

    /// <summary>Runs one entry by id, for debugging (e.g. <c>sparql/docs/tests/data-sparql11/add/manifest#add01</c>).</summary>
    [Fact]
    public void RunOne() => Run(s_entries.FromEnvironment("GRAPH_SPARQL_UPDATE_TEST"));

    [Fact]
    public void FindsTheUpdateTests()
    {
        SharedData.Require("w3c/rdf-tests/sparql");
        // 13 manifests; the syntax ones hold no evaluation tests. A drop here means the walker lost some.
        Assert.True(s_entries.Count >= 90, $"only {s_entries.Count} update evaluation tests found");
    }

    private static void Run(UpdateEvalEntry e)
    {
        var request = SparqlParser.ParseUpdate(File.ReadAllText(e.RequestPath), new SparqlParseOptions { BaseIri = e.RequestIri, File = e.RequestPath });
        var target = new GraphStore();
        target.Store.Load(Dataset(e.Data, e.GraphData));

        try
        {
            UpdateEngine.Execute(request, target, new UpdateOptions { Loader = Loader });
        }
        catch (UpdateEvaluationException)
        {
            // A failing request is a valid outcome (e.g. CREATE of an existing graph): the store must be unchanged,
            // which the comparison with the expected state below checks.
        }

        var expected = Dataset(e.ResultData, e.ResultGraphData);
        var actual = target.Store.Quads().ToList();
        Assert.True(Isomorphism.AreIsomorphic(expected, actual),
            $"expected:{Environment.NewLine}{Sorted(expected)}{Environment.NewLine}actual:{Environment.NewLine}{Sorted(actual)}");
        foreach (var (_, graph) in e.ResultGraphData)
            Assert.True(target.Contains(new Iri(graph)), $"graph <{graph}> should exist after the update");
    }

    /// <summary>LOAD in the tests names W3C files by their published IRIs; anything else cannot be read.</summary>
    private static IEnumerable<Quad> Loader(Iri source, CancellationToken cancellationToken)
    {
        var root = Path.Combine(SharedData.Root!, "w3c", "rdf-tests");
        var path = W3cManifests.ToPath(source.Value, root);
        if (!File.Exists(path)) throw new FileNotFoundException($"{source.Value}: no such document");
        return Read(path, null);
    }

    private static List<Quad> Dataset(IEnumerable<string> data, IEnumerable<(string Path, string Graph)> graphData)
    {
        var quads = new List<Quad>();
        foreach (var path in data) quads.AddRange(Read(path, null));
        foreach (var (path, graph) in graphData) quads.AddRange(Read(path, new Iri(graph)));
        return quads.Distinct().ToList();
    }

    private static List<Quad> Read(string path, Iri? graph) =>
        W3cManifests.ReadFile(path, Path.Combine(SharedData.Root!, "w3c", "rdf-tests"), graph);

    private static string Sorted(IEnumerable<Quad> quads) => string.Join(Environment.NewLine, quads.Select(q => q.ToString()).Order(StringComparer.Ordinal));
}
