namespace Graph.Sparql.Algebra;

/// <summary>A unary operator applied to one operand (SPARQL 1.1 §17.3).</summary>
public sealed record UnaryExpression(UnaryOperator Operator, Expression Operand) : Expression
{
    public override IReadOnlyList<Expression> Arguments => [Operand];

    public override Expression WithArguments(IReadOnlyList<Expression> arguments) => this with { Operand = arguments[0] };
}
