using Graph.Core.Graphs;
using Graph.Core.Terms;
using Graph.IO;
using Graph.Sparql.Syntax;
using Graph.Testing;

namespace Graph.Sparql.Engine.Tests.Conformance;

/// <summary>
/// The W3C SPARQL 1.1 Update evaluation tests (manifest-sparql11-update.ttl), one theory row per entry: load the
/// Graph Store before, run the request, compare the Graph Store after (default graph and each named graph, by
/// isomorphism over the whole dataset; a graph the test lists must exist, even empty). Needs ../shared.
/// </summary>
public class UpdateEvaluationTests
{
    private static readonly Lazy<Dictionary<string, UpdateEvalEntry>> s_entries = new(LoadEntries);

    private const string Manifest = "w3c/rdf-tests/sparql/sparql11/manifest-sparql11-update.ttl";

    /// <summary>Entries we do not run, by id suffix, each with its reason. Empty this list, don't grow it.</summary>
    private static readonly Dictionary<string, string> KnownGaps = new(StringComparer.Ordinal);

    private static string Short(string id) => id[(id.IndexOf("/sparql/", StringComparison.Ordinal) + 1)..];

    private static Dictionary<string, UpdateEvalEntry> LoadEntries()
    {
        var root = SharedData.Root!;
        var all = new Dictionary<string, UpdateEvalEntry>(StringComparer.Ordinal);
        foreach (var e in UpdateEvalManifest.Load(Path.Combine(root, Manifest), Path.Combine(root, "w3c", "rdf-tests")))
            all.TryAdd(Short(e.Id), e);
        return all;
    }

    public static IEnumerable<TheoryDataRow<string>> Cases()
    {
        if (!SharedData.IsAvailable)
        {
            yield return new TheoryDataRow<string>("(none)") { Skip = SharedData.MissingReason };
            yield break;
        }
        foreach (var (id, e) in s_entries.Value)
            yield return new TheoryDataRow<string>(id) { Skip = KnownGaps.GetValueOrDefault(id), TestDisplayName = e.Name };
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Updates(string id)
    {
        SharedData.Require("w3c/rdf-tests/sparql");
        Run(s_entries.Value[id]);
    }

    /// <summary>Runs one entry by id suffix, for debugging (e.g. <c>sparql/sparql11/add/manifest#add01</c>).</summary>
    [Fact]
    public void RunOne()
    {
        var only = Environment.GetEnvironmentVariable("GRAPH_SPARQL_UPDATE_TEST");
        if (string.IsNullOrEmpty(only)) Assert.Skip("set GRAPH_SPARQL_UPDATE_TEST to a test id to run it alone");
        SharedData.Require("w3c/rdf-tests/sparql");
        Run(s_entries.Value[only]);
    }

    [Fact]
    public void FindsTheUpdateTests()
    {
        SharedData.Require("w3c/rdf-tests/sparql");
        // 13 manifests; the syntax ones hold no evaluation tests. A drop here means the walker lost some.
        Assert.True(s_entries.Value.Count >= 90, $"only {s_entries.Value.Count} update evaluation tests found");
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
        var path = Graph.Testing.W3c.W3cManifests.ToPath(source.Value, root);
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

    private static List<Quad> Read(string path, Iri? graph)
    {
        var list = new QuadList();
        var format = RdfFormat.FromPath(path) ?? throw new InvalidDataException($"{path}: unknown syntax");
        using (var s = File.OpenRead(path))
            RdfSyntaxes.CreateReader(format).Read(s, list, new RdfReaderOptions { BaseIri = ToIri(path), FileName = path });
        return list.Quads.Select(q => q with { Graph = graph }).ToList();
    }

    private static string ToIri(string path) =>
        QueryEvalManifest.PublishedRoot + Path.GetRelativePath(Path.Combine(SharedData.Root!, "w3c", "rdf-tests"), path).Replace(Path.DirectorySeparatorChar, '/');

    private static string Sorted(IEnumerable<Quad> quads) => string.Join(Environment.NewLine, quads.Select(q => q.ToString()).Order(StringComparer.Ordinal));
}
