using Graph.Core.Terms;
using Graph.Sparql.Algebra;
using Graph.Sparql.Engine.Evaluation;
using Graph.Sparql.Engine.Expressions;

namespace Graph.Sparql.Engine.Operators;

/// <summary>
/// <c>Group</c> + <c>AggregateJoin</c> (SPARQL 1.1 §18.5): partitions rows by the key values and computes each
/// aggregate per group. With no keys there is exactly one group, even over no rows.
/// </summary>
internal sealed class GroupNode(
    PlanNode input,
    IReadOnlyList<(ExprFn Key, int Slot)> keys,
    IReadOnlyList<(int Slot, AggregateFunction Function, bool Distinct, ExprFn? Argument, string Separator)> aggregates) : PlanNode
{
    private readonly HashSet<int> _binds = keys.Where(k => k.Slot >= 0).Select(k => k.Slot).Concat(aggregates.Select(a => a.Slot)).ToHashSet();

    public override IReadOnlySet<int> Binds => _binds;

    public override bool SeedTransparent => false;

    public override IEnumerable<int[]> Evaluate(int[] seed, ActiveGraph graph, EvalContext ctx)
    {
        var groups = new Dictionary<int[], List<int[]>>(RowKeyComparer.Instance);
        var order = new List<int[]>();
        foreach (var row in input.Evaluate(seed, graph, ctx))
        {
            ctx.Tick();
            var key = new int[keys.Count];
            for (var i = 0; i < keys.Count; i++)
                key[i] = keys[i].Key(row, graph, ctx) is { } v ? ctx.Intern(v) : 0;
            if (!groups.TryGetValue(key, out var members))
            {
                groups[key] = members = [];
                order.Add(key);
            }
            members.Add(row);
        }
        if (keys.Count == 0 && order.Count == 0)
        {
            order.Add([]);
            groups[[]] = [];
        }
        foreach (var key in order)
        {
            var members = groups[key];
            var result = (int[])seed.Clone();
            for (var i = 0; i < keys.Count; i++)
                if (keys[i].Slot >= 0 && key[i] != 0) result[keys[i].Slot] = key[i];
            foreach (var a in aggregates)
            {
                var value = Aggregates.Compute(a.Function, a.Distinct, a.Argument, a.Separator, members, graph, ctx);
                if (value is not null) result[a.Slot] = ctx.Intern(value);
            }
            yield return result;
        }
    }

    public override string Describe() => $"(group {keys.Count} keys {aggregates.Count} aggregates)";
}
