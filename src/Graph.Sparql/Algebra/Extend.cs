namespace Graph.Sparql.Algebra;

/// <summary><c>Extend(Ω, var, expr)</c> (SPARQL 1.1 §18.5): BIND and select expressions; an error leaves the variable unbound.</summary>
public sealed record Extend(Op Input, Variable Variable, Expression Expression) : Op
{
    public override IReadOnlyList<Op> Children => [Input];

    public override Op WithChildren(IReadOnlyList<Op> children) => this with { Input = children[0] };
}
