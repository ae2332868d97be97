using Graph.Core.Terms;

namespace Graph.Sparql.Algebra;

/// <summary>An RDF term (IRI or literal) used as an expression.</summary>
public sealed record ConstantExpression(Term Term) : Expression
{
    public override IReadOnlyList<Expression> Arguments => [];

    public override Expression WithArguments(IReadOnlyList<Expression> arguments) => this;
}
