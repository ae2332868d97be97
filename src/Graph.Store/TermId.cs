namespace Graph.Store;

/// <summary>
/// Reserved integer ids used in <see cref="QuadStore"/> patterns. Term ids handed out by <see cref="TermDictionary"/>
/// are always positive, so zero and the negative values are free to mean "no term" or a set of graphs.
/// </summary>
public static class TermId
{
    /// <summary>In the subject, predicate or object position of a pattern: matches any term.</summary>
    public const int Any = 0;

    /// <summary>
    /// In any position of a pattern: a term the dictionary does not hold (e.g. a query constant absent from the data).
    /// Never assigned to a term, so it matches nothing.
    /// </summary>
    public const int Unknown = int.MaxValue;

    /// <summary>In the graph position of a quad or pattern: the default graph.</summary>
    public const int DefaultGraph = 0;

    /// <summary>In the graph position of a pattern: the default graph and every named graph.</summary>
    public const int AnyGraph = -1;

    /// <summary>In the graph position of a pattern: every named graph, not the default graph (SPARQL <c>GRAPH ?g</c>).</summary>
    public const int AnyNamedGraph = -2;
}
