using Graph.Sparql.Algebra;

namespace Graph.Sparql.Optimization;

/// <summary>
/// Runs the optimisation passes in a fixed order:
/// <list type="number">
/// <item><see cref="ConstantFolding"/> first, so that later passes see fewer and simpler filters;</item>
/// <item><see cref="FilterPushing"/> next, which splits conjunctions and moves each to the smallest subtree binding its variables;</item>
/// <item><see cref="FilterEqualityPlacement"/> after pushing, when equality filters sit directly on their BGP;</item>
/// <item><see cref="JoinReordering"/> last, because placement turned variables into constants, which changes the estimates.</item>
/// </list>
/// </summary>
public sealed class Optimizer
{
    private readonly IReadOnlyList<IOptimizationPass> _passes;

    public Optimizer(ICardinalityEstimator? estimator = null)
    {
        _passes =
        [
            new ConstantFolding(),
            new FilterPushing(),
            new FilterEqualityPlacement(),
            new JoinReordering(estimator ?? BoundPositionEstimator.Instance),
        ];
    }

    public IReadOnlyList<IOptimizationPass> Passes => _passes;

    public Op Optimize(Op op) => _passes.Aggregate(op, (current, pass) => pass.Apply(current));

    public Query Optimize(Query query) => query with { Pattern = Optimize(query.Pattern) };

    /// <summary>Optimises and records the tree after each pass.</summary>
    public OptimizationReport Explain(Op op)
    {
        var steps = new List<OptimizationStep>();
        var current = op;
        foreach (var pass in _passes)
        {
            var next = pass.Apply(current);
            var changed = next.ToSse() != current.ToSse();
            steps.Add(new OptimizationStep(pass.Name, next, changed));
            current = next;
        }
        return new OptimizationReport(op, steps, current);
    }
}
