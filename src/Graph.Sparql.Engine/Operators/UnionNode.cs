using Graph.Sparql.Engine.Evaluation;

namespace Graph.Sparql.Engine.Operators;

/// <summary><c>Union(Ω1, Ω2)</c>: the rows of both sides, left first.</summary>
internal sealed class UnionNode(PlanNode left, PlanNode right) : PlanNode
{
    private readonly HashSet<int> _binds = Union(left.Binds, right.Binds);

    public override IReadOnlySet<int> Binds => _binds;

    public override bool SeedTransparent => left.SeedTransparent && right.SeedTransparent;

    public override IEnumerable<int[]> Evaluate(int[] seed, ActiveGraph graph, EvalContext ctx) =>
        left.Evaluate(seed, graph, ctx).Concat(right.Evaluate(seed, graph, ctx));

    public override string Describe() => "(union)";
}
