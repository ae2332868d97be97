namespace Graph.Sparql.Algebra;

/// <summary><c>EXISTS { pattern }</c> / <c>NOT EXISTS { pattern }</c> (SPARQL 1.1 §17.4.1.4, §18.6 <c>substitute</c>).</summary>
public sealed record ExistsExpression(Op Pattern, bool Negated) : Expression
{
    public override IReadOnlyList<Expression> Arguments => [];

    public override Expression WithArguments(IReadOnlyList<Expression> arguments) => this;
}
