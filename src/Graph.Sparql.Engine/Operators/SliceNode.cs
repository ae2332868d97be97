using Graph.Sparql.Engine.Evaluation;

namespace Graph.Sparql.Engine.Operators;

/// <summary><c>Slice(Ω, offset, limit)</c>: stops pulling from its input once the limit is reached.</summary>
internal sealed class SliceNode(PlanNode input, long offset, long? limit) : PlanNode
{
    public override IReadOnlySet<int> Binds => input.Binds;

    public override bool SeedTransparent => false;

    public override IEnumerable<int[]> Evaluate(int[] seed, ActiveGraph graph, EvalContext ctx)
    {
        if (limit == 0) yield break;
        long skipped = 0, taken = 0;
        foreach (var row in input.Evaluate(seed, graph, ctx))
        {
            if (skipped < offset) { skipped++; continue; }
            yield return row;
            if (limit is { } l && ++taken >= l) yield break;
        }
    }

    public override string Describe() => $"(slice {offset} {limit?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "_"})";
}
