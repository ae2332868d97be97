namespace Graph.Sparql.Algebra;

/// <summary>
/// A set function call (SPARQL 1.1 §18.5 "Set Functions"): COUNT, SUM, MIN, MAX, AVG, SAMPLE, GROUP_CONCAT.
/// <see cref="Expression"/> is null only for <c>COUNT(*)</c>; <see cref="Separator"/> is GROUP_CONCAT's (default " ").
/// </summary>
public sealed record Aggregate(AggregateFunction Function, bool Distinct, Expression? Expression, string? Separator = null);
