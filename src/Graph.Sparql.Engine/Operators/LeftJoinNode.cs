using Graph.Sparql.Engine.Evaluation;

namespace Graph.Sparql.Engine.Operators;

/// <summary>
/// <c>LeftJoin(Ω1, Ω2, expr)</c> (OPTIONAL): each left row joined with the compatible right rows that satisfy the
/// condition, or kept alone when there are none. A seed-transparent right side is evaluated per left row (bind join).
/// </summary>
internal sealed class LeftJoinNode(PlanNode left, PlanNode right, Func<int[], ActiveGraph, EvalContext, bool>? condition) : PlanNode
{
    private readonly HashSet<int> _binds = Union(left.Binds, right.Binds);

    public override IReadOnlySet<int> Binds => _binds;

    public override bool SeedTransparent => false;

    public override IEnumerable<int[]> Evaluate(int[] seed, ActiveGraph graph, EvalContext ctx)
    {
        HashedRows? table = right.SeedTransparent ? null : new HashedRows(right.Evaluate(seed, graph, ctx), left.Binds, ctx);
        foreach (var l in left.Evaluate(seed, graph, ctx))
        {
            var matched = false;
            var candidates = table is null ? right.Evaluate(l, graph, ctx) : table.Compatible(l).Select(r => Rows.Merge(l, r));
            foreach (var merged in candidates)
            {
                ctx.Tick();
                if (condition is not null && !condition(merged, graph, ctx)) continue;
                matched = true;
                yield return merged;
            }
            if (!matched) yield return l;
        }
    }

    public override string Describe() => "(left-join)";
}
