namespace Graph.Sparql.Algebra;

/// <summary>
/// A SPARQL 1.1 Update request: its operations in order (SPARQL 1.1 Update §3), the base IRI and the prefixes declared
/// by the end of the request (an engine needs them to send a SERVICE pattern's text to a remote endpoint).
/// </summary>
public sealed record UpdateRequest(IReadOnlyList<UpdateOperation> Operations, string? BaseIri, IReadOnlyDictionary<string, string>? Prefixes = null);
