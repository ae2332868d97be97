namespace Graph.Sparql.Algebra;

/// <summary>
/// <c>Group</c> followed by <c>AggregateJoin</c> (SPARQL 1.1 §18.2.4.1, §18.5): partitions <see cref="Input"/> by the
/// <see cref="Keys"/> and computes each aggregate per group, binding it to its (internal) variable. With no keys and no
/// input rows there is still one group (so <c>COUNT(*)</c> is 0).
/// </summary>
public sealed record Group(Op Input, IReadOnlyList<GroupKey> Keys, IReadOnlyList<AggregateBinding> Aggregates) : Op
{
    public override IReadOnlyList<Op> Children => [Input];

    public override Op WithChildren(IReadOnlyList<Op> children) => this with { Input = children[0] };
}
