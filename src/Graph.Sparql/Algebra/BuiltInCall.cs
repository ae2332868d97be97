namespace Graph.Sparql.Algebra;

/// <summary>A call of a SPARQL built-in function (grammar [121] BuiltInCall, SPARQL 1.1 §17.4), other than EXISTS.</summary>
public sealed record BuiltInCall(BuiltInFunction Function, IReadOnlyList<Expression> Args) : Expression
{
    public override IReadOnlyList<Expression> Arguments => Args;

    public override Expression WithArguments(IReadOnlyList<Expression> arguments) => this with { Args = arguments };
}
