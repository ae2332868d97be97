using Graph.Sparql.Algebra;

namespace Graph.Sparql.Optimization;

/// <summary>The algebra after one pass, for <c>--explain</c>.</summary>
public sealed record OptimizationStep(string Pass, Op Result, bool Changed);
