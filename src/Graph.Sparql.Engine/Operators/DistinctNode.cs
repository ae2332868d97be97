using Graph.Sparql.Engine.Evaluation;

namespace Graph.Sparql.Engine.Operators;

/// <summary><c>Distinct(Ω)</c>, and <c>Reduced(Ω)</c> which here drops consecutive duplicates only (cheaper, allowed by §18.5).</summary>
internal sealed class DistinctNode(PlanNode input, bool reducedOnly) : PlanNode
{
    public override IReadOnlySet<int> Binds => input.Binds;

    public override bool SeedTransparent => false;

    public override IEnumerable<int[]> Evaluate(int[] seed, ActiveGraph graph, EvalContext ctx)
    {
        if (reducedOnly)
        {
            int[]? previous = null;
            foreach (var row in input.Evaluate(seed, graph, ctx))
            {
                if (previous is not null && RowKeyComparer.Instance.Equals(previous, row)) continue;
                previous = row;
                yield return row;
            }
            yield break;
        }
        var seen = new HashSet<int[]>(RowKeyComparer.Instance);
        foreach (var row in input.Evaluate(seed, graph, ctx))
        {
            ctx.Tick();
            if (seen.Add(row)) yield return row;
        }
    }

    public override string Describe() => reducedOnly ? "(reduced)" : "(distinct)";
}
