namespace Graph.Sparql.Algebra;

/// <summary>A variable used as an expression: its value in the solution, an error when unbound.</summary>
public sealed record VariableExpression(Variable Variable) : Expression
{
    public override IReadOnlyList<Expression> Arguments => [];

    public override Expression WithArguments(IReadOnlyList<Expression> arguments) => this;
}
