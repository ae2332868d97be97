namespace Graph.Sparql.Algebra;

/// <summary>A SPARQL 1.1 Update request: its operations in order (SPARQL 1.1 Update §3).</summary>
public sealed record UpdateRequest(IReadOnlyList<UpdateOperation> Operations, string? BaseIri);
