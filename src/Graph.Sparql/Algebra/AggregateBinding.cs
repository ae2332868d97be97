namespace Graph.Sparql.Algebra;

/// <summary>An aggregate computed per group and bound to <see cref="Variable"/> (the spec's <c>agg_i</c>, SPARQL 1.1 §18.2.4.1).</summary>
public sealed record AggregateBinding(Variable Variable, Aggregate Aggregate);
