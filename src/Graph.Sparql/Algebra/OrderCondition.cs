namespace Graph.Sparql.Algebra;

/// <summary>One ORDER BY key (SPARQL 1.1 §15.1): ascending unless <see cref="Descending"/>.</summary>
public sealed record OrderCondition(Expression Expression, bool Descending);
