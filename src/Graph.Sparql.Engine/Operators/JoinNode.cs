using Graph.Sparql.Engine.Evaluation;

namespace Graph.Sparql.Engine.Operators;

/// <summary>
/// <c>Join(Ω1, Ω2)</c>. When the right side is seed-transparent it runs once per left row with that row as its seed
/// (a bind join: index lookups instead of materialising). Otherwise the right side is evaluated once, on its own, and
/// hashed on the slots both sides always bind.
/// </summary>
internal sealed class JoinNode(PlanNode left, PlanNode right) : PlanNode
{
    private readonly HashSet<int> _binds = Union(left.Binds, right.Binds);

    public override IReadOnlySet<int> Binds => _binds;

    public override bool SeedTransparent => left.SeedTransparent && right.SeedTransparent;

    public override IEnumerable<int[]> Evaluate(int[] seed, ActiveGraph graph, EvalContext ctx)
    {
        if (right.SeedTransparent)
        {
            foreach (var l in left.Evaluate(seed, graph, ctx))
                foreach (var r in right.Evaluate(l, graph, ctx))
                    yield return r;
            yield break;
        }
        var table = new HashedRows(right.Evaluate(seed, graph, ctx), left.Binds, ctx);
        foreach (var l in left.Evaluate(seed, graph, ctx))
            foreach (var r in table.Compatible(l))
                yield return Rows.Merge(l, r);
    }

    public override string Describe() => right.SeedTransparent ? "(bind-join)" : "(hash-join)";
}
