using Graph.Store;

namespace Graph.Sparql.Engine.Evaluation;

/// <summary>
/// The graph patterns match against (SPARQL 1.1 §13.3): the dataset's default graph (a merge of one or more store
/// graphs), or one named graph inside <c>GRAPH</c>.
/// </summary>
internal readonly record struct ActiveGraph(int[]? DefaultGraphs, int NamedGraph)
{
    public static ActiveGraph Default(DatasetScope dataset) => new(dataset.DefaultGraphs, 0);

    public static ActiveGraph Named(int graph) => new(null, graph);

    public bool IsDefault => DefaultGraphs is not null;

    /// <summary>The store graph ids to match in; more than one means a merge (results are de-duplicated).</summary>
    public int[] Graphs => DefaultGraphs ?? [NamedGraph];

    public bool IsSingle => DefaultGraphs is null || DefaultGraphs.Length == 1;

    public static int SingleGraph(ActiveGraph g) => g.DefaultGraphs is null ? g.NamedGraph : g.DefaultGraphs.Length == 1 ? g.DefaultGraphs[0] : TermId.Unknown;
}
