using Graph.Sparql.Engine.Evaluation;

namespace Graph.Sparql.Engine.Operators;

/// <summary><c>Minus(Ω1, Ω2)</c>: left rows that have no compatible right row sharing at least one bound variable.</summary>
internal sealed class MinusNode(PlanNode left, PlanNode right) : PlanNode
{
    public override IReadOnlySet<int> Binds => left.Binds;

    public override bool SeedTransparent => false;

    public override IEnumerable<int[]> Evaluate(int[] seed, ActiveGraph graph, EvalContext ctx)
    {
        var table = new HashedRows(right.Evaluate(seed, graph, ctx), left.Binds, ctx);
        foreach (var l in left.Evaluate(seed, graph, ctx))
        {
            var removed = false;
            foreach (var r in table.Compatible(l))
            {
                if (Rows.ShareBoundSlot(l, r)) { removed = true; break; }
            }
            if (!removed) yield return l;
        }
    }

    public override string Describe() => "(minus)";
}
