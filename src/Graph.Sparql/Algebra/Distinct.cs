namespace Graph.Sparql.Algebra;

/// <summary><c>Distinct(Ω)</c> (SPARQL 1.1 §18.5): removes duplicate solutions, keeping the first of each.</summary>
public sealed record Distinct(Op Input) : Op
{
    public override IReadOnlyList<Op> Children => [Input];

    public override Op WithChildren(IReadOnlyList<Op> children) => new Distinct(children[0]);
}
