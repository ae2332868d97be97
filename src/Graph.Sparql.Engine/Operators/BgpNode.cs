using Graph.Sparql.Engine.Evaluation;
using Graph.Store;

namespace Graph.Sparql.Engine.Operators;

/// <summary>
/// A basic graph pattern evaluated as a pipeline of index nested-loop joins, one triple pattern after another in the
/// order the planner chose. Every lookup is a range scan of the store index that serves its bound positions.
/// </summary>
internal sealed class BgpNode(IReadOnlyList<(PatternTerm S, PatternTerm P, PatternTerm O)> patterns) : PlanNode
{
    private readonly HashSet<int> _binds = patterns
        .SelectMany(p => new[] { p.S, p.P, p.O })
        .Where(t => t.IsVariable).Select(t => t.Slot).ToHashSet();

    public IReadOnlyList<(PatternTerm S, PatternTerm P, PatternTerm O)> Patterns => patterns;

    public override IReadOnlySet<int> Binds => _binds;

    public override bool SeedTransparent => true;

    public override IEnumerable<int[]> Evaluate(int[] seed, ActiveGraph graph, EvalContext ctx)
    {
        IEnumerable<int[]> rows = [seed];
        foreach (var pattern in patterns)
        {
            var p = pattern;
            rows = rows.SelectMany(row => Match(row, p, graph, ctx));
        }
        return rows;
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
        int[]? r = null;
        return Set(ref r, row, pattern.S, s) && Set(ref r, row, pattern.P, p) && Set(ref r, row, pattern.O, o) ? r ?? (int[])row.Clone() : null;
    }

    private static bool Set(ref int[]? r, int[] row, PatternTerm t, int id)
    {
        if (!t.IsVariable) return true;
        var current = (r ?? row)[t.Slot];
        if (current != 0) return current == id;
        r ??= (int[])row.Clone();
        r[t.Slot] = id;
        return true;
    }

    public override string Describe() => $"(bgp {patterns.Count} patterns)";
}
