using Graph.Sparql.Engine.Evaluation;

namespace Graph.Sparql.Engine.Operators;

/// <summary><c>Filter(expr, Ω)</c>: the rows whose expression has effective boolean value true.</summary>
internal sealed class FilterNode(PlanNode input, Func<int[], ActiveGraph, EvalContext, bool> condition, string text) : PlanNode
{
    public override IReadOnlySet<int> Binds => input.Binds;

    public override bool SeedTransparent => false;

    public override IEnumerable<int[]> Evaluate(int[] seed, ActiveGraph graph, EvalContext ctx)
    {
        foreach (var row in input.Evaluate(seed, graph, ctx))
        {
            ctx.Tick();
            if (condition(row, graph, ctx)) yield return row;
        }
    }

    public override string Describe() => $"(filter {text})";
}
