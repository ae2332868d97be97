using Graph.Core.Terms;

namespace Graph.Sparql.Algebra;

/// <summary>
/// A call of a function named by an IRI (SPARQL 1.1 §17.6 extensible value testing), including the XSD constructor
/// casts of §17.5 (<c>xsd:integer(?x)</c>).
/// </summary>
public sealed record FunctionCall(Iri Function, IReadOnlyList<Expression> Args) : Expression
{
    public override IReadOnlyList<Expression> Arguments => Args;

    public override Expression WithArguments(IReadOnlyList<Expression> arguments) => this with { Args = arguments };
}
