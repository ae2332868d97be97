namespace Graph.Sparql.Algebra;

/// <summary><c>Union(Ω1, Ω2)</c> (SPARQL 1.1 §18.5): the multiset union of both sides.</summary>
public sealed record Union(Op Left, Op Right) : Op
{
    public override IReadOnlyList<Op> Children => [Left, Right];

    public override Op WithChildren(IReadOnlyList<Op> children) => new Union(children[0], children[1]);
}
