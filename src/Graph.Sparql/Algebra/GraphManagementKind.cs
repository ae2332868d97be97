namespace Graph.Sparql.Algebra;

/// <summary>The graph management operations that address one target.</summary>
public enum GraphManagementKind
{
    Clear,
    Drop,
    Create,
}
