using Graph.Sparql.Algebra;

namespace Graph.Sparql.Optimization;

/// <summary>
/// Estimates how many solutions a triple pattern yields when the variables in <c>bound</c> already have values. The engine
/// implements it from the store's counts; <see cref="BoundPositionEstimator"/> is the data-free heuristic.
/// </summary>
public interface ICardinalityEstimator
{
    double Estimate(TriplePattern pattern, IReadOnlySet<Variable> bound);
}
