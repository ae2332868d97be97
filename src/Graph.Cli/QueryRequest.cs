namespace Graph.Cli;

/// <summary>What <c>graph query</c> was asked to do, as parsed from the command line.</summary>
internal sealed record QueryRequest(
    string? Text,
    string? QueryFile,
    IReadOnlyList<string> Data,
    IReadOnlyList<string> Named,
    string? Results,
    string? BaseIri,
    double? TimeoutSeconds,
    long? MaxResults,
    bool Explain,
    bool Time,
    string? Endpoint = null);
