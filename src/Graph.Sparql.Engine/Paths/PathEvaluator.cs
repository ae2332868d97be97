using Graph.Core.Terms;
using Graph.Sparql.Algebra;
using Graph.Sparql.Engine.Evaluation;
using Graph.Store;

namespace Graph.Sparql.Engine.Paths;

/// <summary>
/// Property path evaluation over ids (SPARQL 1.1 §18.4): links and negated sets by index lookups, sequences as joins
/// through the middle node, and <c>*</c> / <c>+</c> / <c>?</c> by breadth-first search with a visited set (the spec's
/// ALP), so cycles terminate and each reachable node is returned once.
/// </summary>
internal static class PathEvaluator
{
    /// <summary>
    /// The (start, end) pairs connected by <paramref name="path"/>; <paramref name="start"/> / <paramref name="end"/>
    /// are ids that must match, or 0 for any.
    /// </summary>
    public static IEnumerable<(int Start, int End)> Evaluate(PropertyPath path, int start, int end, ActiveGraph graph, EvalContext ctx) => path switch
    {
        PathLink link => Link(ctx.StoreId(link.Predicate), start, end, graph, ctx),
        PathInverse inv => Evaluate(inv.Path, end, start, graph, ctx).Select(p => (p.End, p.Start)),
        PathSequence seq => Sequence(seq, start, end, graph, ctx),
        PathAlternative alt => Evaluate(alt.Left, start, end, graph, ctx).Concat(Evaluate(alt.Right, start, end, graph, ctx)),
        PathZeroOrOne z => ZeroOrOne(z.Path, start, end, graph, ctx),
        PathZeroOrMore z => Closure(z.Path, start, end, graph, ctx, includeZero: true),
        PathOneOrMore o => Closure(o.Path, start, end, graph, ctx, includeZero: false),
        PathNegatedPropertySet nps => NegatedSet(nps, start, end, graph, ctx),
        _ => throw new System.Diagnostics.UnreachableException(path.GetType().Name),
    };

    private static IEnumerable<(int, int)> Link(int predicate, int start, int end, ActiveGraph graph, EvalContext ctx)
    {
        if (predicate == TermId.Unknown || start < 0 || end < 0) yield break;
        var graphs = graph.Graphs;
        HashSet<(int, int)>? seen = graphs.Length > 1 ? [] : null;
        foreach (var g in graphs)
        {
            foreach (var q in ctx.Store.Match(start, predicate, end, g))
            {
                ctx.Tick();
                if (seen is null || seen.Add((q.Subject, q.Object))) yield return (q.Subject, q.Object);
            }
        }
    }

    private static IEnumerable<(int, int)> Sequence(PathSequence seq, int start, int end, ActiveGraph graph, EvalContext ctx)
    {
        if (start == 0 && end != 0)
        {
            foreach (var (mid, e) in Evaluate(seq.Right, 0, end, graph, ctx))
                foreach (var (s, _) in Evaluate(seq.Left, 0, mid, graph, ctx))
                    yield return (s, e);
            yield break;
        }
        foreach (var (s, mid) in Evaluate(seq.Left, start, 0, graph, ctx))
            foreach (var (_, e) in Evaluate(seq.Right, mid, end, graph, ctx))
                yield return (s, e);
    }

    private static IEnumerable<(int, int)> ZeroOrOne(PropertyPath path, int start, int end, ActiveGraph graph, EvalContext ctx)
    {
        var seen = new HashSet<(int, int)>();
        foreach (var pair in ZeroLength(start, end, graph, ctx))
            if (seen.Add(pair)) yield return pair;
        foreach (var pair in Evaluate(path, start, end, graph, ctx))
            if (seen.Add(pair)) yield return pair;
    }

    /// <summary>Zero-length paths: a fixed end connects to itself (even outside the graph); otherwise every node of the graph.</summary>
    private static IEnumerable<(int, int)> ZeroLength(int start, int end, ActiveGraph graph, EvalContext ctx)
    {
        if (start != 0 && end != 0)
        {
            if (start == end) yield return (start, end);
            yield break;
        }
        if (start != 0) { yield return (start, start); yield break; }
        if (end != 0) { yield return (end, end); yield break; }
        foreach (var n in Nodes(graph, ctx)) yield return (n, n);
    }

    private static IEnumerable<(int, int)> Closure(PropertyPath path, int start, int end, ActiveGraph graph, EvalContext ctx, bool includeZero)
    {
        if (start != 0)
        {
            foreach (var n in Reach(path, start, forward: true, graph, ctx, includeZero))
                if (end == 0 || n == end) yield return (start, n);
            yield break;
        }
        if (end != 0)
        {
            foreach (var n in Reach(path, end, forward: false, graph, ctx, includeZero))
                yield return (n, end);
            yield break;
        }
        foreach (var node in Nodes(graph, ctx))
            foreach (var n in Reach(path, node, forward: true, graph, ctx, includeZero))
                yield return (node, n);
    }

    // Breadth-first search from one node; each node reached is returned once.
    private static IEnumerable<int> Reach(PropertyPath path, int from, bool forward, ActiveGraph graph, EvalContext ctx, bool includeZero)
    {
        var visited = new HashSet<int>();
        var frontier = new Queue<int>();
        if (includeZero)
        {
            visited.Add(from);
            yield return from;
        }
        frontier.Enqueue(from);
        var expanded = new HashSet<int>();
        while (frontier.Count > 0)
        {
            var node = frontier.Dequeue();
            if (!expanded.Add(node) || node < 0) continue;
            var steps = forward ? Evaluate(path, node, 0, graph, ctx).Select(p => p.Item2) : Evaluate(path, 0, node, graph, ctx).Select(p => p.Item1);
            foreach (var next in steps)
            {
                ctx.Tick();
                if (visited.Add(next)) yield return next;
                frontier.Enqueue(next);
            }
        }
    }

    /// <summary>Every subject and object of the active graph, once each, in id order.</summary>
    private static IEnumerable<int> Nodes(ActiveGraph graph, EvalContext ctx)
    {
        var nodes = new SortedSet<int>();
        foreach (var g in graph.Graphs)
        {
            foreach (var q in ctx.Store.Match(0, 0, 0, g))
            {
                ctx.Tick();
                nodes.Add(q.Subject);
                nodes.Add(q.Object);
            }
        }
        return nodes;
    }

    private static IEnumerable<(int, int)> NegatedSet(PathNegatedPropertySet nps, int start, int end, ActiveGraph graph, EvalContext ctx)
    {
        if (start < 0 || end < 0) yield break;
        if (nps.Forward.Count > 0 || nps.Inverse.Count == 0)
        {
            var excluded = nps.Forward.Select(ctx.StoreId).ToHashSet();
            foreach (var q in Triples(start, end, graph, ctx))
                if (!excluded.Contains(q.Predicate)) yield return (q.Subject, q.Object);
        }
        if (nps.Inverse.Count > 0)
        {
            var excluded = nps.Inverse.Select(ctx.StoreId).ToHashSet();
            foreach (var q in Triples(end, start, graph, ctx))
                if (!excluded.Contains(q.Predicate)) yield return (q.Object, q.Subject);
        }
    }

    private static IEnumerable<QuadIds> Triples(int s, int o, ActiveGraph graph, EvalContext ctx)
    {
        var graphs = graph.Graphs;
        HashSet<(int, int, int)>? seen = graphs.Length > 1 ? [] : null;
        foreach (var g in graphs)
        {
            foreach (var q in ctx.Store.Match(s, 0, o, g))
            {
                ctx.Tick();
                if (seen is null || seen.Add((q.Subject, q.Predicate, q.Object))) yield return q;
            }
        }
    }

    internal static Term? Unused => null;
}
