using Graph.Core.Terms;
using Graph.IO;
using Graph.Mapping;
using Graph.Store;
using Graph.Testing;

namespace Graph.Publishing.Tests;

/// <summary>The sample vault (<c>samples/</c>) converted once, as the store the published descriptions are made from.</summary>
internal static class SampleGraph
{
    private static readonly Lazy<(QuadStore Store, IReadOnlyList<Quad> Quads, Iri Dataset)> s_sample = new(() =>
    {
        var result = VaultConverter.Convert(Path.Combine(SharedData.RepositoryRoot, "samples"));
        var store = new QuadStore();
        store.Load(result.Quads);
        return (store, result.Quads, result.DatasetIri);
    });

    public const string Base = "https://example.org/graph/";

    public static QuadStore Store => s_sample.Value.Store;

    public static IReadOnlyList<Quad> Quads => s_sample.Value.Quads;

    public static Iri Dataset => s_sample.Value.Dataset;

    public static DatasetProfile Profile(Iri? endpoint = null) => new()
    {
        Dataset = Dataset,
        UriSpace = Base,
        Title = new Dictionary<string, string> { ["en"] = "Knowledge graph", ["fr"] = "Graphe de connaissances" },
        Description = new Dictionary<string, string> { ["en"] = "Notes and people", ["fr"] = "Notes et personnes" },
        License = "https://creativecommons.org/licenses/by-sa/4.0/",
        Publisher = new DatasetPublisher("Musées en transition"),
        ContactPoint = new ContactPoint("Graph team", "graph@example.org"),
        Dumps = [new DumpDistribution("graph.ttl", "text/turtle", 1234), new DumpDistribution("graph.nt", "application/n-triples")],
        SparqlEndpoint = endpoint,
    };

    public static QuadStore StoreOf(IEnumerable<Quad> quads)
    {
        var store = new QuadStore();
        store.Load(quads);
        return store;
    }

    public static List<Quad> ReadTurtle(string text)
    {
        var list = new QuadList();
        RdfSyntaxes.CreateReader(RdfFormat.Turtle).Read(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text)), list, new RdfReaderOptions());
        return [.. list.Quads];
    }
}
