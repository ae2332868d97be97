namespace Graph.Store;

/// <summary>
/// A quad as dictionary ids (see <see cref="TermDictionary"/>). <see cref="Graph"/> is
/// <see cref="TermId.DefaultGraph"/> (0) for a triple in the default graph.
/// </summary>
public readonly record struct QuadIds(int Subject, int Predicate, int Object, int Graph = TermId.DefaultGraph);
