using Graph.Sparql.Engine.Evaluation;
using Graph.Store;

namespace Graph.Sparql.Engine.Operators;

/// <summary>
/// A basic graph pattern evaluated as a pipeline of index nested-loop joins, one triple pattern after another in the
/// order the planner chose. Every lookup is a range scan of the store index that serves its bound positions.
/// Filters whose variables the BGP always binds may be attached (<paramref name="filters"/>, one list per pattern
/// index): each runs as soon as the pattern at that index has matched, pruning rows before the next lookups.
/// </summary>
internal sealed class BgpNode(
    IReadOnlyList<(PatternTerm S, PatternTerm P, PatternTerm O)> patterns,
    Func<int[], ActiveGraph, EvalContext, bool>[]?[]? filters = null,
    string? filterText = null) : PlanNode
{
    private readonly HashSet<int> _binds = patterns
        .SelectMany(p => new[] { p.S, p.P, p.O })
        .Where(t => t.IsVariable).Select(t => t.Slot).ToHashSet();

    public IReadOnlyList<(PatternTerm S, PatternTerm P, PatternTerm O)> Patterns => patterns;

    public override IReadOnlySet<int> Binds => _binds;

    // A filter's meaning depends on bindings arriving from outside, so a filtered BGP is not seed-transparent.
    public override bool SeedTransparent => filters is null;

    public override IEnumerable<int[]> Evaluate(int[] seed, ActiveGraph graph, EvalContext ctx)
    {
        if (patterns.Count == 0) return [seed];
        var graphs = graph.Graphs;
        return graphs.Length == 1 ? EvaluateSingle(seed, graphs[0], graph, ctx) : EvaluateMerged(seed, graph, ctx);
    }

    // Depth-first over the patterns with one working row per depth: only complete solutions are copied out.
    private IEnumerable<int[]> EvaluateSingle(int[] seed, int g, ActiveGraph graph, EvalContext ctx)
    {
        var n = patterns.Count;
        var rows = new int[n + 1][];
        rows[0] = seed;
        for (var i = 1; i <= n; i++) rows[i] = new int[seed.Length];
        var scans = new QuadEnumerator[n];
        scans[0] = Open(patterns[0], seed, g, ctx);
        var d = 0;
        while (d >= 0)
        {
            if (!scans[d].MoveNext()) { d--; continue; }
            ctx.Tick();
            var q = scans[d].Current;
            var row = rows[d + 1];
            Array.Copy(rows[d], row, row.Length);
            if (!TryBind(row, patterns[d], q.Subject, q.Predicate, q.Object) || !Passes(d, row, graph, ctx)) continue;
            if (d == n - 1)
            {
                yield return (int[])row.Clone();
                continue;
            }
            d++;
            scans[d] = Open(patterns[d], row, g, ctx);
        }
    }

    private IEnumerable<int[]> EvaluateMerged(int[] seed, ActiveGraph graph, EvalContext ctx)
    {
        IEnumerable<int[]> rows = [seed];
        for (var i = 0; i < patterns.Count; i++)
        {
            var p = patterns[i];
            var depth = i;
            rows = rows.SelectMany(row => Match(row, p, graph, ctx)).Where(r => Passes(depth, r, graph, ctx));
        }
        return rows;
    }

    private bool Passes(int depth, int[] row, ActiveGraph graph, EvalContext ctx)
    {
        if (filters?[depth] is not { } tests) return true;
        foreach (var test in tests)
            if (!test(row, graph, ctx)) return false;
        return true;
    }

    private static QuadEnumerator Open((PatternTerm S, PatternTerm P, PatternTerm O) pattern, int[] row, int g, EvalContext ctx)
    {
        var s = Lookup(pattern.S, row);
        var p = Lookup(pattern.P, row);
        var o = Lookup(pattern.O, row);
        return s == TermId.Unknown || p == TermId.Unknown || o == TermId.Unknown ? QuadEnumerator.Empty : ctx.Store.Match(s, p, o, g);
    }

    // Binds the pattern's variables in place; false when a variable already holds another id.
    private static bool TryBind(int[] row, (PatternTerm S, PatternTerm P, PatternTerm O) pattern, int s, int p, int o) =>
        TrySet(row, pattern.S, s) && TrySet(row, pattern.P, p) && TrySet(row, pattern.O, o);

    private static bool TrySet(int[] row, PatternTerm t, int id)
    {
        if (!t.IsVariable) return true;
        ref var current = ref row[t.Slot];
        if (current != 0) return current == id;
        current = id;
        return true;
    }

    /// <summary>The rows extending <paramref name="row"/> with one match of the pattern in the active graph.</summary>
    internal static IEnumerable<int[]> Match(int[] row, (PatternTerm S, PatternTerm P, PatternTerm O) pattern, ActiveGraph graph, EvalContext ctx)
    {
        var s = Lookup(pattern.S, row);
        var p = Lookup(pattern.P, row);
        var o = Lookup(pattern.O, row);
        if (s == TermId.Unknown || p == TermId.Unknown || o == TermId.Unknown) yield break;
        var graphs = graph.Graphs;
        HashSet<(int, int, int)>? seen = graphs.Length > 1 ? [] : null;
        foreach (var g in graphs)
        {
            foreach (var q in ctx.Store.Match(s, p, o, g))
            {
                ctx.Tick();
                if (seen is not null && !seen.Add((q.Subject, q.Predicate, q.Object))) continue;
                var r = Bind(row, pattern, q.Subject, q.Predicate, q.Object);
                if (r is not null) yield return r;
            }
        }
    }

    // A bound slot holding a query-local (negative) id cannot match anything in the store.
    private static int Lookup(PatternTerm t, int[] row)
    {
        var id = t.Resolve(row);
        return id < 0 ? TermId.Unknown : id;
    }

    /// <summary>The row with the pattern's variables bound to a match, or null when a repeated variable disagrees.</summary>
    internal static int[]? Bind(int[] row, (PatternTerm S, PatternTerm P, PatternTerm O) pattern, int s, int p, int o)
    {
        var r = (int[])row.Clone();
        return TryBind(r, pattern, s, p, o) ? r : null;
    }

    public override string Describe() => filterText is null ? $"(bgp {patterns.Count} patterns)" : $"(bgp {patterns.Count} patterns, filtered {filterText})";
}
