namespace Graph.Sparql.Algebra;

/// <summary><c>CLEAR</c>, <c>DROP</c> or <c>CREATE</c> [SILENT] target (SPARQL 1.1 Update §3.1.5, §3.2.1, §3.2.2).</summary>
public sealed record GraphManagement(GraphManagementKind Kind, GraphTarget Target, bool Silent) : UpdateOperation;
