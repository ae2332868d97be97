namespace Graph.Sparql.Engine.Tests.Conformance;

/// <summary>
/// One W3C update evaluation test (<c>mf:UpdateEvaluationTest</c>): the request, the Graph Store before
/// (<c>ut:data</c> default graph, <c>ut:graphData</c> named graphs) and the Graph Store expected after.
/// </summary>
public sealed record UpdateEvalEntry(
    string Id,
    string Name,
    string RequestPath,
    string RequestIri,
    IReadOnlyList<string> Data,
    IReadOnlyList<(string Path, string Graph)> GraphData,
    IReadOnlyList<string> ResultData,
    IReadOnlyList<(string Path, string Graph)> ResultGraphData,
    string? Approval)
{
    public override string ToString() => Name;
}
