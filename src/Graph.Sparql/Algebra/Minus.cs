namespace Graph.Sparql.Algebra;

/// <summary><c>Minus(Ω1, Ω2)</c> (SPARQL 1.1 §18.5): drops left solutions compatible with, and sharing a variable with, a right one.</summary>
public sealed record Minus(Op Left, Op Right) : Op
{
    public override IReadOnlyList<Op> Children => [Left, Right];

    public override Op WithChildren(IReadOnlyList<Op> children) => new Minus(children[0], children[1]);
}
