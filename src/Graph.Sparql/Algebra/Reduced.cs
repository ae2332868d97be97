namespace Graph.Sparql.Algebra;

/// <summary><c>Reduced(Ω)</c> (SPARQL 1.1 §18.5): duplicates may be removed (an engine may return Ω unchanged).</summary>
public sealed record Reduced(Op Input) : Op
{
    public override IReadOnlyList<Op> Children => [Input];

    public override Op WithChildren(IReadOnlyList<Op> children) => new Reduced(children[0]);
}
