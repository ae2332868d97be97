namespace Graph.Sparql.Engine.Tests.Conformance;

/// <summary>One W3C query evaluation test: the query, the default-graph data, the named graphs, the expected result.</summary>
public sealed record QueryEvalEntry(
    string Id,
    string Name,
    string Type,
    string QueryPath,
    string QueryIri,
    IReadOnlyList<(string Path, string Iri)> Data,
    IReadOnlyList<(string Path, string Iri)> GraphData,
    string? ResultPath,
    IReadOnlyList<string> Requires,
    bool LaxCardinality,
    bool HasServiceData,
    string? EntailmentRegime)
{
    public override string ToString() => Name;
}
