using Graph.Core.Terms;
using Graph.Sparql.Engine.Evaluation;
using Graph.Sparql.Engine.Expressions;
using Graph.Sparql.Engine.Functions;

namespace Graph.Sparql.Engine.Operators;

/// <summary><c>OrderBy(Ω, conditions)</c>: a stable sort on the keys' values (errors sort as unbound, first).</summary>
internal sealed class OrderByNode(PlanNode input, IReadOnlyList<(ExprFn Key, bool Descending)> keys) : PlanNode
{
    public override IReadOnlySet<int> Binds => input.Binds;

    public override bool SeedTransparent => false;

    public override IEnumerable<int[]> Evaluate(int[] seed, ActiveGraph graph, EvalContext ctx)
    {
        var rows = new List<(int[] Row, Term?[] Keys)>();
        foreach (var row in input.Evaluate(seed, graph, ctx))
        {
            ctx.Tick();
            var values = new Term?[keys.Count];
            for (var i = 0; i < keys.Count; i++) values[i] = keys[i].Key(row, graph, ctx);
            rows.Add((row, values));
        }
        var sorted = rows.Select((r, i) => (r.Row, r.Keys, Index: i)).ToList();
        sorted.Sort((a, b) =>
        {
            for (var i = 0; i < keys.Count; i++)
            {
                var c = OrderByComparer.Instance.Compare(a.Keys[i], b.Keys[i]);
                if (c != 0) return keys[i].Descending ? -c : c;
            }
            return a.Index.CompareTo(b.Index);
        });
        foreach (var r in sorted) yield return r.Row;
    }

    public override string Describe() => $"(order {keys.Count} keys)";
}
