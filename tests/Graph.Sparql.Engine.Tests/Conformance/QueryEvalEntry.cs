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
    IReadOnlyList<ServiceData> ServiceData,
    string? EntailmentRegime)
{
    public bool HasServiceData => ServiceData.Count > 0;

    public override string ToString() => Name;
}

/// <summary>A remote endpoint a federated test stands up (<c>qt:serviceData</c>): its IRI and the files of its default graph.</summary>
public sealed record ServiceData(string Endpoint, IReadOnlyList<string> Data);
