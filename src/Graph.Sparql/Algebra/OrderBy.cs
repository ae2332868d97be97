namespace Graph.Sparql.Algebra;

/// <summary><c>OrderBy(Ω, condition)</c> (SPARQL 1.1 §15.1, §18.5): a stable sort by the conditions in order.</summary>
public sealed record OrderBy(Op Input, IReadOnlyList<OrderCondition> Conditions) : Op
{
    public override IReadOnlyList<Op> Children => [Input];

    public override Op WithChildren(IReadOnlyList<Op> children) => this with { Input = children[0] };
}
