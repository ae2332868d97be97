using Graph.Store;

namespace Graph.Sparql.Engine.Evaluation;

/// <summary>
/// The RDF dataset a query runs against (SPARQL 1.1 §13): which store graphs form the default graph (their merge) and
/// which are the named graphs. Without FROM / FROM NAMED, the store's default graph and all its named graphs.
/// </summary>
internal sealed class DatasetScope
{
    private DatasetScope(int[] defaultGraphs, int[]? namedGraphs)
    {
        DefaultGraphs = defaultGraphs;
        NamedGraphs = namedGraphs;
    }

    /// <summary>Graph ids merged into the default graph (<see cref="TermId.DefaultGraph"/> for the store's own).</summary>
    public int[] DefaultGraphs { get; }

    /// <summary>The named graphs' ids, or null for "every named graph in the store".</summary>
    public int[]? NamedGraphs { get; }

    public static DatasetScope StoreDefault { get; } = new([TermId.DefaultGraph], null);

    /// <summary>One store graph as the default graph, with every named graph (SPARQL Update's WITH).</summary>
    public static DatasetScope WithDefault(int graph) => new([graph], null);

    public static DatasetScope From(int[] defaultGraphs, int[] namedGraphs) => new(defaultGraphs, namedGraphs);

    /// <summary>Whether graph <paramref name="id"/> is one of the named graphs.</summary>
    public bool IsNamed(QuadStore store, int id) =>
        id > 0 && (NamedGraphs is null ? store.Graphs.Contains(id) : Array.IndexOf(NamedGraphs, id) >= 0);

    /// <summary>The named graphs, in id order.</summary>
    public IEnumerable<int> Named(QuadStore store) =>
        NamedGraphs ?? store.Graphs.Where(g => g != TermId.DefaultGraph);
}
