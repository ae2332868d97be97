using Graph.Sparql.Algebra;
using Graph.Sparql.Optimization;
using Graph.Store;

namespace Graph.Sparql.Engine.Planning;

/// <summary>
/// Cardinality estimates for the optimiser from the store's exact pattern counts: constants are looked up, and each
/// position bound by an earlier pattern divides the count (a join on it keeps a fraction of the matches).
/// </summary>
public sealed class StoreCardinalityEstimator(QuadStore store) : ICardinalityEstimator
{
    public double Estimate(TriplePattern pattern, IReadOnlySet<Variable> bound)
    {
        int Id(PatternNode n) => n is TermNode t ? (store.Dictionary.TryGetId(t.Term, out var id) ? id : TermId.Unknown) : TermId.Any;
        var s = Id(pattern.Subject);
        var p = Id(pattern.Predicate);
        var o = Id(pattern.Object);
        if (s == TermId.Unknown || p == TermId.Unknown || o == TermId.Unknown) return 0;
        double count = store.CountMatches(s, p, o, TermId.AnyGraph);
        foreach (var node in new[] { pattern.Subject, pattern.Predicate, pattern.Object })
            if (node is Variable v && bound.Contains(v)) count /= 100;
        return count;
    }
}
