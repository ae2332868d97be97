namespace Graph.Sparql.Algebra;

/// <summary><c>Slice(Ω, start, length)</c> (SPARQL 1.1 §18.5): OFFSET and LIMIT; <see cref="Limit"/> null means no limit.</summary>
public sealed record Slice(Op Input, long Offset, long? Limit) : Op
{
    public override IReadOnlyList<Op> Children => [Input];

    public override Op WithChildren(IReadOnlyList<Op> children) => this with { Input = children[0] };
}
