namespace Graph.Sparql.Algebra;

/// <summary>
/// An aggregate as written in SELECT, HAVING or ORDER BY. The <c>AlgebraBuilder</c> replaces each with the
/// variable its <see cref="Group"/> binds, so none remain in a built algebra tree.
/// </summary>
public sealed record AggregateExpression(Aggregate Aggregate) : Expression
{
    public override IReadOnlyList<Expression> Arguments => Aggregate.Expression is null ? [] : [Aggregate.Expression];

    public override Expression WithArguments(IReadOnlyList<Expression> arguments) =>
        arguments.Count == 0 ? this : new AggregateExpression(Aggregate with { Expression = arguments[0] });
}
