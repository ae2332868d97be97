namespace Graph.Sparql.Algebra;

/// <summary><c>DELETE DATA { quads }</c> (SPARQL 1.1 Update §3.1.2): ground quads to remove (no blank nodes).</summary>
public sealed record DeleteData(IReadOnlyList<QuadPattern> Quads) : UpdateOperation;
