namespace Graph.Core.Terms;

/// <summary>Canonical order over quads: graph (default graph first), subject, predicate, object.</summary>
public sealed class QuadComparer : IComparer<Quad>
{
    public static readonly QuadComparer Instance = new();

    public int Compare(Quad x, Quad y)
    {
        var t = TermComparer.Instance;
        var c = t.Compare(x.Graph, y.Graph);
        if (c != 0) return c;
        c = t.Compare(x.Subject, y.Subject);
        if (c != 0) return c;
        c = t.Compare(x.Predicate, y.Predicate);
        return c != 0 ? c : t.Compare(x.Object, y.Object);
    }
}
