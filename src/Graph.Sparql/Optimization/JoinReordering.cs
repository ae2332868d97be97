using Graph.Sparql.Algebra;

namespace Graph.Sparql.Optimization;

/// <summary>
/// Orders the triple patterns of each BGP greedily: start with the pattern of smallest estimated cardinality, then
/// repeatedly take the cheapest pattern given the variables bound so far, preferring patterns connected to them (to avoid
/// cross products). Why: a BGP is a join, and evaluating selective patterns first keeps intermediate results small. Order
/// of triple patterns in a BGP does not change its solutions (§18.3), so this is always safe. Ties keep source order.
/// </summary>
public sealed class JoinReordering(ICardinalityEstimator estimator) : IOptimizationPass
{
    public string Name => "join-reordering";

    public Op Apply(Op op) => OpRewriter.BottomUp(op, node => node is Bgp { Patterns.Count: > 1 } b ? Reorder(b) : node);

    private Bgp Reorder(Bgp bgp)
    {
        var remaining = bgp.Patterns.ToList();
        var bound = new HashSet<Variable>();
        var ordered = new List<TriplePattern>(remaining.Count);
        while (remaining.Count > 0)
        {
            var best = -1;
            var bestConnected = false;
            var bestCost = double.MaxValue;
            for (var i = 0; i < remaining.Count; i++)
            {
                var t = remaining[i];
                var connected = bound.Count == 0 || t.Variables().Any(bound.Contains);
                var cost = estimator.Estimate(t, bound);
                if (best < 0 || (connected && !bestConnected) || (connected == bestConnected && cost < bestCost))
                {
                    best = i;
                    bestConnected = connected;
                    bestCost = cost;
                }
            }
            var chosen = remaining[best];
            remaining.RemoveAt(best);
            ordered.Add(chosen);
            foreach (var v in chosen.Variables()) bound.Add(v);
        }
        return new Bgp(ordered);
    }
}
