using Graph.Core.Terms;
using Graph.IO;
using Graph.Mapping;
using Graph.Publishing.Push;

namespace Graph.Publishing.Tests.Virtuoso;

/// <summary>
/// What the push-cycle tests share, whichever server receives the push (Virtuoso here, our own <c>graph serve</c> in
/// Graph.Server.Tests): the converted corpus as per-note graphs, the queries both ends must answer alike, and the
/// graphs an edit changed.
/// </summary>
internal static class PushCycle
{
    public const string Base = "https://example.org/push-test/";

    /// <summary>Queries whose rows must be the same remotely and locally after each push.</summary>
    public static readonly string[] Queries =
    [
        // Every statement of every graph we own: the strongest check that the store holds exactly our dataset.
        $"SELECT ?g ?s ?p ?o WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(STRSTARTS(STR(?g), \"{Base}\")) }}",
        $"SELECT ?g (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(STRSTARTS(STR(?g), \"{Base}\")) }} GROUP BY ?g",
        // A join across note graphs and the shared graph.
        """
        PREFIX schema: <http://schema.org/>
        PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
        SELECT ?note ?label WHERE { GRAPH ?g { ?note a schema:Article ; schema:about ?t } GRAPH ?h { ?t skos:prefLabel ?label } }
        """,
        """
        PREFIX schema: <http://schema.org/>
        SELECT ?person (COUNT(DISTINCT ?note) AS ?notes) WHERE { GRAPH ?g { ?note schema:mentions ?person } GRAPH ?h { ?person a schema:Person } }
        GROUP BY ?person
        """,
        """
        PREFIX schema: <http://schema.org/>
        SELECT ?s ?name WHERE { GRAPH ?g { ?s schema:name ?name FILTER(LANG(?name) = "fr" || CONTAINS(?name, "musée")) } }
        """,
    ];

    /// <summary>The vault converted into one graph per note, as <c>graph push</c> sends it.</summary>
    public static IReadOnlyList<PublishedGraph> Convert(string vault, CancellationToken cancellationToken) =>
        PublishedGraph.FromDataset(VaultConverter.Convert(vault, new MappingOptions { BaseIri = Base, Graphs = GraphLayout.PerNote }, cancellationToken).Quads);

    /// <summary>The graph's statements, read back from the canonical N-Triples lines the push sends.</summary>
    public static IEnumerable<Quad> Quads(PublishedGraph graph)
    {
        var list = new QuadList();
        RdfSyntaxes.CreateReader(RdfFormat.NTriples).Read(new MemoryStream(graph.Body()), list, new RdfReaderOptions());
        return list.Quads.Select(q => q with { Graph = graph.Name });
    }

    /// <summary>The keys of the graphs that are new or whose content changed, in ordinal order.</summary>
    public static List<string> Changed(IReadOnlyList<PublishedGraph> before, IReadOnlyList<PublishedGraph> after)
    {
        var old = before.ToDictionary(g => g.Key, g => g.Hash);
        return after.Where(g => old.GetValueOrDefault(g.Key) != g.Hash).Select(g => g.Key).Order(StringComparer.Ordinal).ToList();
    }
}
