using Graph.Sparql.Engine.Evaluation;

namespace Graph.Sparql.Engine.Operators;

/// <summary>
/// <c>Graph(g, P)</c>: evaluates the pattern with a named graph as the active graph. With a variable, once per named
/// graph of the dataset (or only the one the variable is already bound to), binding the variable to the graph's name.
/// </summary>
internal sealed class GraphNode(PatternTerm name, PlanNode input) : PlanNode
{
    private readonly HashSet<int> _binds = name.IsVariable ? Union(input.Binds, [name.Slot]) : new HashSet<int>(input.Binds);

    public override IReadOnlySet<int> Binds => _binds;

    public override bool SeedTransparent => input.SeedTransparent;

    public override IEnumerable<int[]> Evaluate(int[] seed, ActiveGraph graph, EvalContext ctx)
    {
        var fixedGraph = name.Resolve(seed);
        if (fixedGraph != 0)
        {
            if (!ctx.Dataset.IsNamed(ctx.Store, fixedGraph)) yield break;
            foreach (var r in input.Evaluate(seed, ActiveGraph.Named(fixedGraph), ctx)) yield return r;
            yield break;
        }
        foreach (var g in ctx.Dataset.Named(ctx.Store).ToArray())
        {
            foreach (var r in input.Evaluate(seed, ActiveGraph.Named(g), ctx))
            {
                if (r[name.Slot] == 0)
                {
                    var bound = (int[])r.Clone();
                    bound[name.Slot] = g;
                    yield return bound;
                }
                else if (r[name.Slot] == g) yield return r;
            }
        }
    }

    public override string Describe() => "(graph)";
}
