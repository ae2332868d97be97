namespace Graph.Sparql.Algebra;

/// <summary><c>Filter(expr, Ω)</c> (SPARQL 1.1 §18.5): keeps the solutions whose expression has effective boolean value true.</summary>
public sealed record Filter(Expression Expression, Op Input) : Op
{
    public override IReadOnlyList<Op> Children => [Input];

    public override Op WithChildren(IReadOnlyList<Op> children) => this with { Input = children[0] };

    /// <summary>Smart constructor: filters over a conjunction of expressions nest one filter per conjunct list.</summary>
    public static Op Create(IReadOnlyList<Expression> conjuncts, Op input)
    {
        if (conjuncts.Count == 0) return input;
        var e = conjuncts[0];
        for (var i = 1; i < conjuncts.Count; i++) e = new BinaryExpression(BinaryOperator.And, e, conjuncts[i]);
        return new Filter(e, input);
    }
}
