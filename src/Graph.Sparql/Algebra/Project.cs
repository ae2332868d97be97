namespace Graph.Sparql.Algebra;

/// <summary><c>Project(Ω, PV)</c> (SPARQL 1.1 §18.5): restricts each solution to the listed variables, in this order.</summary>
public sealed record Project(Op Input, IReadOnlyList<Variable> Variables) : Op
{
    public override IReadOnlyList<Op> Children => [Input];

    public override Op WithChildren(IReadOnlyList<Op> children) => this with { Input = children[0] };
}
