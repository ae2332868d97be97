using Graph.Sparql.Engine.Evaluation;
using Graph.Sparql.Engine.Expressions;

namespace Graph.Sparql.Engine.Operators;

/// <summary><c>Extend(Ω, var, expr)</c> (BIND, select expressions): an expression error leaves the variable unbound.</summary>
internal sealed class ExtendNode(PlanNode input, int slot, ExprFn expression, string text) : PlanNode
{
    private readonly HashSet<int> _binds = Union(input.Binds, [slot]);

    public override IReadOnlySet<int> Binds => _binds;

    public override bool SeedTransparent => false;

    public override IEnumerable<int[]> Evaluate(int[] seed, ActiveGraph graph, EvalContext ctx)
    {
        foreach (var row in input.Evaluate(seed, graph, ctx))
        {
            ctx.Tick();
            var value = expression(row, graph, ctx);
            if (value is null) { yield return row; continue; }
            var id = ctx.Intern(value);
            if (row[slot] != 0)
            {
                // The variable arrived bound from outside (EXISTS substitution): keep rows that agree.
                if (row[slot] == id) yield return row;
                continue;
            }
            var r = (int[])row.Clone();
            r[slot] = id;
            yield return r;
        }
    }

    public override string Describe() => $"(extend {text})";
}
