namespace Graph.Sparql.Algebra;

/// <summary><c>expr IN (list)</c> / <c>expr NOT IN (list)</c> (SPARQL 1.1 §17.4.1.9–10).</summary>
public sealed record InExpression(Expression Operand, IReadOnlyList<Expression> List, bool Negated) : Expression
{
    public override IReadOnlyList<Expression> Arguments => [Operand, .. List];

    public override Expression WithArguments(IReadOnlyList<Expression> arguments) =>
        this with { Operand = arguments[0], List = arguments.Skip(1).ToArray() };
}
