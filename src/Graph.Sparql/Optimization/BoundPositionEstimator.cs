using Graph.Sparql.Algebra;

namespace Graph.Sparql.Optimization;

/// <summary>
/// A heuristic without data: each unbound position multiplies the estimate, a subject counts most and a predicate least
/// (subjects are the most selective position in typical data, predicates the least).
/// </summary>
public sealed class BoundPositionEstimator : ICardinalityEstimator
{
    public static readonly BoundPositionEstimator Instance = new();

    public double Estimate(TriplePattern pattern, IReadOnlySet<Variable> bound)
    {
        bool Free(PatternNode n) => n is Variable v && !bound.Contains(v);
        var estimate = 1.0;
        if (Free(pattern.Subject)) estimate *= 1000;
        if (Free(pattern.Object)) estimate *= 100;
        if (Free(pattern.Predicate)) estimate *= 10;
        return estimate;
    }
}
