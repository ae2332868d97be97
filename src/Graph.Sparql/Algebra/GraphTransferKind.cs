namespace Graph.Sparql.Algebra;

/// <summary>The graph transfer operations.</summary>
public enum GraphTransferKind
{
    Add,
    Move,
    Copy,
}
