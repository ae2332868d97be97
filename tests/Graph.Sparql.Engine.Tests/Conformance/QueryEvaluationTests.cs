using Graph.Core.Graphs;
using Graph.Core.Terms;
using Graph.IO;
using Graph.Sparql.Results;
using Graph.Sparql.Syntax;
using Graph.Store;
using Graph.Testing;

namespace Graph.Sparql.Engine.Tests.Conformance;

/// <summary>
/// The W3C SPARQL 1.0 and 1.1 query evaluation tests (sparql10/manifest.ttl, sparql11 query and result-format
/// groupings), one theory row per entry. Needs ../shared (skipped when absent).
/// </summary>
public class QueryEvaluationTests
{
    private static readonly Lazy<Dictionary<string, QueryEvalEntry>> s_entries = new(LoadEntries);

    private static readonly string[] Manifests =
    [
        "w3c/rdf-tests/sparql/sparql10/manifest.ttl",
        "w3c/rdf-tests/sparql/sparql11/manifest-sparql11-query.ttl",
        "w3c/rdf-tests/sparql/sparql11/manifest-sparql11-results.ttl",
    ];

    /// <summary>Entries we do not run, each with its reason.</summary>
    private static string? SkipReason(QueryEvalEntry e)
    {
        if (e.HasServiceData) return "SERVICE: run by FederatedQueryTests with endpoints of its own";
        if (e.EntailmentRegime is not null) return "entailment regimes are not supported";
        return KnownGaps.TryGetValue(Short(e.Id), out var reason) ? reason : null;
    }

    /// <summary>Entries that fail today, by id suffix, with what is missing. Empty this list, don't grow it.</summary>
    private static readonly Dictionary<string, string> KnownGaps = new(StringComparer.Ordinal);

    private static string Short(string id) => id[(id.IndexOf("/sparql/", StringComparison.Ordinal) + 1)..];

    private static Dictionary<string, QueryEvalEntry> LoadEntries()
    {
        var root = SharedData.Root!;
        var rdfTests = Path.Combine(root, "w3c", "rdf-tests");
        var all = new Dictionary<string, QueryEvalEntry>(StringComparer.Ordinal);
        foreach (var m in Manifests)
            foreach (var e in QueryEvalManifest.Load(Path.Combine(root, m), rdfTests))
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
            yield return new TheoryDataRow<string>(id) { Skip = SkipReason(e), TestDisplayName = e.Name };
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Evaluates(string id)
    {
        SharedData.Require("w3c/rdf-tests/sparql");
        Run(s_entries.Value[id]);
    }

    /// <summary>Runs one entry by id suffix, for debugging (e.g. <c>sparql/sparql11/bind/manifest#bind01</c>).</summary>
    [Fact]
    public void RunOne()
    {
        var only = Environment.GetEnvironmentVariable("GRAPH_SPARQL_TEST");
        if (string.IsNullOrEmpty(only)) Assert.Skip("set GRAPH_SPARQL_TEST to a test id to run it alone");
        SharedData.Require("w3c/rdf-tests/sparql");
        Run(s_entries.Value[only]);
    }

    /// <summary>Runs one entry and asserts its result (also used by the federated tests, with a service client).</summary>
    internal static void Run(QueryEvalEntry e, QueryOptions? options = null)
    {
        var text = File.ReadAllText(e.QueryPath);
        var query = SparqlParser.ParseQuery(text, new SparqlParseOptions { BaseIri = e.QueryIri, File = e.QueryPath });
        var store = new QuadStore();
        foreach (var (path, iri) in e.Data) Load(store, path, iri, graph: null);
        foreach (var (path, iri) in e.GraphData) Load(store, path, iri, graph: new Iri(iri));
        if (query.Dataset is { } dataset)
        {
            foreach (var g in dataset.Default.Concat(dataset.Named).Distinct())
            {
                if (!g.Value.StartsWith(QueryEvalManifest.PublishedRoot, StringComparison.Ordinal)) continue;
                var local = Path.Combine(SharedData.Root!, "w3c", "rdf-tests", g.Value[QueryEvalManifest.PublishedRoot.Length..]);
                if (File.Exists(local) && !store.Graphs.Contains(store.Dictionary.TryGetId(g, out var gid) ? gid : -9)) Load(store, local, g.Value, g);
            }
        }

        var result = QueryEngine.Execute(query, store, options);
        Assert.NotNull(e.ResultPath);
        var expectedPath = e.ResultPath!;
        if (result.Form is Algebra.QueryForm.Construct or Algebra.QueryForm.Describe)
        {
            var expected = ReadGraph(expectedPath, e.ResultPath!);
            Assert.True(Isomorphism.AreIsomorphic(expected, result.Triples),
                $"expected:{Environment.NewLine}{Sorted(expected)}{Environment.NewLine}actual:{Environment.NewLine}{Sorted(result.Triples)}");
            return;
        }

        var actual = result.Form == Algebra.QueryForm.Ask
            ? SparqlResultSet.FromBoolean(result.Boolean)
            : new SparqlResultSet(result.Variables, result.Rows);
        var expectedSet = ReadResults(expectedPath, e);
        if (expectedPath.EndsWith(".csv", StringComparison.Ordinal) || expectedPath.EndsWith(".tsv", StringComparison.Ordinal))
        {
            // Delimited formats lose some term detail: compare our serialisation read back the same way.
            var format = expectedPath.EndsWith(".csv", StringComparison.Ordinal) ? SparqlResultsFormat.Csv : SparqlResultsFormat.Tsv;
            using var ms = new MemoryStream();
            SparqlResults.Write(actual, ms, format);
            ms.Position = 0;
            actual = SparqlResults.Read(ms, format);
        }
        var ordered = text.Contains("ORDER BY", StringComparison.OrdinalIgnoreCase) && !e.LaxCardinality;
        if (e.LaxCardinality)
        {
            // mf:LaxCardinality (REDUCED): how many duplicates survive is up to the engine; compare the sets.
            expectedSet = ResultComparison.Distinct(expectedSet);
            actual = ResultComparison.Distinct(actual);
        }
        Assert.True(ResultComparison.Equivalent(expectedSet, actual, ordered),
            ResultComparison.Difference(expectedSet, actual));
    }

    private static SparqlResultSet ReadResults(string path, QueryEvalEntry e)
    {
        var format = SparqlResults.FromPath(path);
        if (format is { } f)
        {
            using var s = File.OpenRead(path);
            return SparqlResults.Read(s, f);
        }
        var quads = ReadGraph(path, path);
        if (!RdfResultSetReader.IsResultSet(quads)) throw new InvalidDataException($"{path}: not a result set");
        return RdfResultSetReader.Read(quads);
    }

    private static List<Quad> ReadGraph(string path, string iri)
    {
        var list = new QuadList();
        var format = RdfFormat.FromPath(path) ?? throw new InvalidDataException($"{path}: unknown syntax");
        using var s = File.OpenRead(path);
        RdfSyntaxes.CreateReader(format).Read(s, list, new RdfReaderOptions { BaseIri = ToIri(path), FileName = path });
        return list.Quads;
    }

    private static string ToIri(string path) =>
        QueryEvalManifest.PublishedRoot + Path.GetRelativePath(Path.Combine(SharedData.Root!, "w3c", "rdf-tests"), path).Replace(Path.DirectorySeparatorChar, '/');

    private static void Load(QuadStore store, string path, string iri, Iri? graph)
    {
        var list = new QuadList();
        var format = RdfFormat.FromPath(path) ?? throw new InvalidDataException($"{path}: unknown syntax");
        using (var s = File.OpenRead(path))
            RdfSyntaxes.CreateReader(format).Read(s, list, new RdfReaderOptions { BaseIri = iri, FileName = path });
        store.Load(list.Quads.Select(q => q with { Graph = graph }));
    }

    private static string Sorted(IEnumerable<Quad> quads) => string.Join(Environment.NewLine, quads.Select(q => q.ToString()).Order(StringComparer.Ordinal));
}
