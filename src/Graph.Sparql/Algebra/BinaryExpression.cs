namespace Graph.Sparql.Algebra;

/// <summary>A binary operator applied to two operands (SPARQL 1.1 §17.3; <c>||</c> and <c>&amp;&amp;</c> have the §17.2 error rules).</summary>
public sealed record BinaryExpression(BinaryOperator Operator, Expression Left, Expression Right) : Expression
{
    public override IReadOnlyList<Expression> Arguments => [Left, Right];

    public override Expression WithArguments(IReadOnlyList<Expression> arguments) =>
        this with { Left = arguments[0], Right = arguments[1] };
}
