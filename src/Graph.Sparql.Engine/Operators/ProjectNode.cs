using Graph.Sparql.Engine.Evaluation;

namespace Graph.Sparql.Engine.Operators;

/// <summary><c>Project(Ω, vars)</c>: keeps the projected slots and clears the others (a sub-select's hidden variables).</summary>
internal sealed class ProjectNode(PlanNode input, int[] slots) : PlanNode
{
    private readonly HashSet<int> _binds = [.. slots];

    public override IReadOnlySet<int> Binds => _binds;

    public override bool SeedTransparent => false;

    public override IEnumerable<int[]> Evaluate(int[] seed, ActiveGraph graph, EvalContext ctx)
    {
        // A sub-select sees none of the outer bindings (its variables are its own), so it starts from an empty seed.
        var empty = new int[seed.Length];
        foreach (var row in input.Evaluate(empty, graph, ctx))
        {
            var r = new int[row.Length];
            foreach (var s in slots) r[s] = row[s];
            if (Rows.Compatible(seed, r)) yield return Rows.Merge(seed, r);
        }
    }

    public override string Describe() => $"(project {slots.Length})";
}
