using Graph.Sparql.Algebra;
using Graph.Sparql.Engine.Evaluation;
using Graph.Sparql.Engine.Paths;
using Graph.Store;

namespace Graph.Sparql.Engine.Operators;

/// <summary>
/// <c>Path(subject, path, object)</c> for paths that are not plain triple patterns. A constant end the store does not
/// know (id <see cref="TermId.Unknown"/>) still matches itself through a zero-length path, so it is interned as a
/// query-local id for that case.
/// </summary>
internal sealed class PathNode(PatternTerm subject, PropertyPath path, PatternTerm @object, int subjectLocal, int objectLocal) : PlanNode
{
    private readonly HashSet<int> _binds = new[] { subject, @object }.Where(t => t.IsVariable).Select(t => t.Slot).ToHashSet();

    public override IReadOnlySet<int> Binds => _binds;

    public override bool SeedTransparent => true;

    public override IEnumerable<int[]> Evaluate(int[] seed, ActiveGraph graph, EvalContext ctx)
    {
        var s = End(subject, subjectLocal, seed);
        var o = End(@object, objectLocal, seed);
        var sameVariable = subject.IsVariable && @object.IsVariable && subject.Slot == @object.Slot;
        // An end bound by the seed stands for a variable of the pattern: a zero-length match there must be a node of the
        // graph (a constant written in the query may lie outside it).
        var seededEnd = (subject.IsVariable && s != 0) || (@object.IsVariable && o != 0);
        foreach (var (start, end) in PathEvaluator.Evaluate(path, s, o, graph, ctx))
        {
            if (sameVariable && start != end) continue;
            if (seededEnd && start == end && !InGraph(start, graph, ctx)) continue;
            if (!subject.IsVariable && !@object.IsVariable) { yield return seed; continue; }
            var r = (int[])seed.Clone();
            if (subject.IsVariable) r[subject.Slot] = start;
            if (@object.IsVariable) r[@object.Slot] = end;
            yield return r;
        }
    }

    private static bool InGraph(int node, ActiveGraph graph, EvalContext ctx)
    {
        if (node <= 0 || node == TermId.Unknown) return false;
        foreach (var g in graph.Graphs)
            if (ctx.Store.CountMatches(node, 0, 0, g) > 0 || ctx.Store.CountMatches(0, 0, node, g) > 0) return true;
        return false;
    }

    private static int End(PatternTerm t, int local, int[] seed)
    {
        if (t.IsVariable) return seed[t.Slot];
        return t.Constant == TermId.Unknown ? local : t.Constant;
    }

    public override string Describe() => $"(path {path})";
}
