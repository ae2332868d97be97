namespace Graph.Store;

/// <summary>Moves quads between <see cref="QuadIds"/> and the component order of an index.</summary>
internal static class IndexOrderExtensions
{
    public static IndexKey ToKey(this IndexOrder order, in QuadIds q) => order switch
    {
        IndexOrder.Gspo => new(q.Graph, q.Subject, q.Predicate, q.Object),
        IndexOrder.Gpos => new(q.Graph, q.Predicate, q.Object, q.Subject),
        IndexOrder.Gosp => new(q.Graph, q.Object, q.Subject, q.Predicate),
        IndexOrder.Spog => new(q.Subject, q.Predicate, q.Object, q.Graph),
        IndexOrder.Posg => new(q.Predicate, q.Object, q.Subject, q.Graph),
        IndexOrder.Ospg => new(q.Object, q.Subject, q.Predicate, q.Graph),
        _ => throw new System.Diagnostics.UnreachableException(order.ToString()),
    };

    public static QuadIds FromKey(this IndexOrder order, in IndexKey k) => order switch
    {
        IndexOrder.Gspo => new(k.B, k.C, k.D, k.A),
        IndexOrder.Gpos => new(k.D, k.B, k.C, k.A),
        IndexOrder.Gosp => new(k.C, k.D, k.B, k.A),
        IndexOrder.Spog => new(k.A, k.B, k.C, k.D),
        IndexOrder.Posg => new(k.C, k.A, k.B, k.D),
        IndexOrder.Ospg => new(k.B, k.C, k.A, k.D),
        _ => throw new System.Diagnostics.UnreachableException(order.ToString()),
    };

    /// <summary>True when the graph is the key's first component.</summary>
    public static bool GraphLeading(this IndexOrder order) => order <= IndexOrder.Gosp;
}
