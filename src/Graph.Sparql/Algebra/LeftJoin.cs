namespace Graph.Sparql.Algebra;

/// <summary>
/// <c>LeftJoin(Ω1, Ω2, expr)</c> (SPARQL 1.1 §18.5): OPTIONAL; the filter of the optional group is the join condition
/// (null means <c>true</c>).
/// </summary>
public sealed record LeftJoin(Op Left, Op Right, Expression? Expression) : Op
{
    public override IReadOnlyList<Op> Children => [Left, Right];

    public override Op WithChildren(IReadOnlyList<Op> children) => this with { Left = children[0], Right = children[1] };
}
