namespace Graph.Sparql.Algebra;

/// <summary><c>Join(Ω1, Ω2)</c> (SPARQL 1.1 §18.5).</summary>
public sealed record Join(Op Left, Op Right) : Op
{
    public override IReadOnlyList<Op> Children => [Left, Right];

    public override Op WithChildren(IReadOnlyList<Op> children) => new Join(children[0], children[1]);

    /// <summary>Smart constructor: the empty BGP / unit table is the identity, and adjacent BGPs merge.</summary>
    public static Op Create(Op left, Op right)
    {
        if (IsUnit(left)) return right;
        if (IsUnit(right)) return left;
        if (left is Bgp l && right is Bgp r) return new Bgp([.. l.Patterns, .. r.Patterns]);
        return new Join(left, right);
    }

    internal static bool IsUnit(Op op) => op is Bgp { IsEmpty: true } || op is Table t && t.IsUnit;
}
