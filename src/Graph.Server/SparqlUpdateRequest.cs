namespace Graph.Server;

/// <summary>
/// An update as the protocol delivers it: the update text and the <c>using-graph-uri</c> /
/// <c>using-named-graph-uri</c> parameters (https://www.w3.org/TR/sparql11-protocol/#update-operation).
/// </summary>
public sealed record SparqlUpdateRequest(string Text, IReadOnlyList<string> UsingGraphs, IReadOnlyList<string> UsingNamedGraphs);
