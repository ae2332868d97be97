namespace Graph.Sparql.Algebra;

/// <summary><c>ADD</c>, <c>MOVE</c> or <c>COPY</c> [SILENT] from TO to (SPARQL 1.1 Update §3.2.3–3.2.5); targets are DEFAULT or a graph.</summary>
public sealed record GraphTransfer(GraphTransferKind Kind, GraphTarget From, GraphTarget To, bool Silent) : UpdateOperation;
