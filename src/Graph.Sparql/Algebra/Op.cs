namespace Graph.Sparql.Algebra;

/// <summary>
/// A SPARQL algebra operator (SPARQL 1.1 §18.2, https://www.w3.org/TR/sparql11-query/#sparqlAlgebra). The hierarchy is
/// closed: <see cref="Bgp"/>, <see cref="PathPattern"/>, <see cref="Join"/>, <see cref="LeftJoin"/>, <see cref="Filter"/>,
/// <see cref="Union"/>, <see cref="Minus"/>, <see cref="GraphPattern"/>, <see cref="Extend"/>, <see cref="Table"/>,
/// <see cref="Group"/>, <see cref="OrderBy"/>, <see cref="Project"/>, <see cref="Distinct"/>, <see cref="Reduced"/>,
/// <see cref="Slice"/>, <see cref="Service"/>. Operators are immutable; rewrites use <c>with</c> or
/// <see cref="OpRewriter"/>. <see cref="ToSse"/> gives the Jena-like text form used in tests and <c>--explain</c>.
/// </summary>
public abstract record Op
{
    private protected Op() { }

    /// <summary>The direct sub-operators, left to right.</summary>
    public abstract IReadOnlyList<Op> Children { get; }

    /// <summary>The operator with its children replaced (same count and order as <see cref="Children"/>).</summary>
    public abstract Op WithChildren(IReadOnlyList<Op> children);

    /// <summary>The SSE (S-expression) text form, e.g. <c>(filter (= ?x 1) (bgp (?s ?p ?x)))</c>.</summary>
    public string ToSse() => SseWriter.Write(this);

    public sealed override string ToString() => ToSse();
}
