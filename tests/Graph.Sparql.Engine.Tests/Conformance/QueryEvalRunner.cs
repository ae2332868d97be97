using Graph.Core.Graphs;
using Graph.Core.Terms;
using Graph.IO;
using Graph.Sparql.Results;
using Graph.Sparql.Syntax;
using Graph.Store;
using Graph.Testing;
using Graph.Testing.W3c;

namespace Graph.Sparql.Engine.Tests.Conformance;

/// <summary>
/// Runs one W3C query evaluation entry and asserts its result: loads the data, runs the query with our engine (with
/// the options given, e.g. a SERVICE client), compares by isomorphism or result-set equivalence. Also compiled into
/// Graph.Server.Tests (linked) for the federated tests over HTTP.
/// </summary>
public static class QueryEvalRunner
{
    /// <summary>Runs one entry and asserts its result (also used by the federated tests, with a service client).</summary>
    public static void Run(QueryEvalEntry e, QueryOptions? options = null)
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
            var expected = ReadGraph(expectedPath);
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
        var quads = ReadGraph(path);
        if (!RdfResultSetReader.IsResultSet(quads)) throw new InvalidDataException($"{path}: not a result set");
        return RdfResultSetReader.Read(quads);
    }

    private static List<Quad> ReadGraph(string path) => W3cManifests.ReadFile(path, Path.Combine(SharedData.Root!, "w3c", "rdf-tests"));

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
