namespace Graph.Sparql.Algebra;

/// <summary>Which graphs a graph management operation addresses.</summary>
public enum GraphTargetKind
{
    Graph,
    Default,
    Named,
    All,
}
