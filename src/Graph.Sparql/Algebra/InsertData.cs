namespace Graph.Sparql.Algebra;

/// <summary><c>INSERT DATA { quads }</c> (SPARQL 1.1 Update §3.1.1): ground quads (blank nodes allowed) to add.</summary>
public sealed record InsertData(IReadOnlyList<QuadPattern> Quads) : UpdateOperation;
