namespace Graph.Sparql.Algebra;

/// <summary>
/// A translated SPARQL query (SPARQL 1.1 §18.2): its form, its algebra expression (<see cref="Pattern"/>, including the
/// solution modifiers: Project, Distinct, Slice…), the FROM / FROM NAMED <see cref="Dataset"/> (null when none given),
/// the projected <see cref="Variables"/> for SELECT (in order; for <c>SELECT *</c> the in-scope variables), the
/// <see cref="Template"/> for CONSTRUCT and the <see cref="DescribeTargets"/> for DESCRIBE.
/// </summary>
public sealed record Query(
    QueryForm Form,
    Op Pattern,
    Dataset? Dataset,
    IReadOnlyList<Variable> Variables,
    IReadOnlyList<TriplePattern> Template,
    IReadOnlyList<PatternNode> DescribeTargets,
    string? BaseIri,
    IReadOnlyDictionary<string, string> Prefixes)
{
    /// <summary>The SSE form of the whole query, e.g. <c>(select (?x) (project (?x) (bgp …)))</c>.</summary>
    public string ToSse() => SseWriter.Write(this);

    public override string ToString() => ToSse();
}
