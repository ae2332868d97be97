namespace Graph.Sparql.Algebra;

/// <summary>A GROUP BY condition: an expression, bound to <see cref="Variable"/> when written <c>(expr AS ?v)</c> or when it is a plain variable.</summary>
public sealed record GroupKey(Expression Expression, Variable? Variable);
