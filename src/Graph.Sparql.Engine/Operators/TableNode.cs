using Graph.Sparql.Engine.Evaluation;

namespace Graph.Sparql.Engine.Operators;

/// <summary>An inline table (VALUES): its rows (bound slots only; UNDEF left out) that are compatible with the seed, merged with it.</summary>
internal sealed class TableNode(IReadOnlyList<(int Slot, int Id)[]> rows, IReadOnlySet<int> binds) : PlanNode
{
    public override IReadOnlySet<int> Binds => binds;

    public override bool SeedTransparent => true;

    public override IEnumerable<int[]> Evaluate(int[] seed, ActiveGraph graph, EvalContext ctx)
    {
        foreach (var cells in rows)
        {
            int[]? row = null;
            var compatible = true;
            foreach (var (slot, id) in cells)
            {
                var current = seed[slot];
                if (current == id) continue;
                if (current != 0) { compatible = false; break; }
                row ??= (int[])seed.Clone();
                row[slot] = id;
            }
            if (compatible) yield return row ?? seed;
        }
    }

    public override string Describe() => $"(table {rows.Count} rows)";
}
