using System.Diagnostics;
using Graph.Core.Terms;
using Graph.Sparql.Algebra;
using Graph.Sparql.Engine.Evaluation;
using Graph.Sparql.Engine.Expressions;
using Graph.Sparql.Engine.Operators;
using Graph.Store;

namespace Graph.Sparql.Engine.Planning;

/// <summary>
/// Compiles an algebra tree into physical operators over id rows: variables to slots, constants to store ids, triple
/// patterns of a BGP ordered by estimated cardinality (from the store's exact pattern counts), expressions compiled.
/// </summary>
internal sealed class PlanBuilder
{
    private readonly EvalContext _ctx;
    private readonly SlotMap _slots;
    private readonly ExpressionCompiler _expressions;

    public PlanBuilder(EvalContext ctx, SlotMap slots)
    {
        _ctx = ctx;
        _slots = slots;
        _expressions = new ExpressionCompiler(slots.SlotOf, Build);
    }

    public ExpressionCompiler Expressions => _expressions;

    public PlanNode Build(Op op) => op switch
    {
        Bgp bgp => BuildBgp(bgp),
        PathPattern path => BuildPath(path),
        Join j => new JoinNode(Build(j.Left), Build(j.Right)),
        LeftJoin lj => new LeftJoinNode(Build(lj.Left), Build(lj.Right), lj.Expression is null ? null : _expressions.CompileFilter(lj.Expression)),
        Filter f => BuildFilter(f),
        Union u => new UnionNode(Build(u.Left), Build(u.Right)),
        Minus m => new MinusNode(Build(m.Left), Build(m.Right)),
        GraphPattern g => new GraphNode(Term(g.Name), Build(g.Input)),
        Extend e => new ExtendNode(Build(e.Input), _slots[e.Variable], _expressions.Compile(e.Expression), e.Variable + " " + e.Expression.ToSse()),
        Table t => BuildTable(t),
        Group g => BuildGroup(g),
        OrderBy o => new OrderByNode(Build(o.Input), o.Conditions.Select(c => (_expressions.Compile(c.Expression), c.Descending)).ToList()),
        Project p => new ProjectNode(Build(p.Input), p.Variables.Select(v => _slots[v]).ToArray()),
        Distinct d => new DistinctNode(Build(d.Input), reducedOnly: false),
        Reduced r => new DistinctNode(Build(r.Input), reducedOnly: true),
        Slice s => new SliceNode(Build(s.Input), s.Offset, s.Limit),
        Service s => BuildService(s),
        _ => throw new UnreachableException(op.GetType().Name),
    };

    /// <summary>SERVICE: the pattern's own text is sent; its in-scope variables (not blank-node ones) are asked for.</summary>
    private PlanNode BuildService(Service s)
    {
        var text = s.Text ?? throw new QueryEvaluationException("SERVICE: the pattern's text is not available to send.");
        var variables = OpVariables.InScope(s.Input).Where(v => !v.Name.StartsWith("_:", StringComparison.Ordinal))
            .Select(v => (v.Name, _slots[v])).ToList();
        var endpointSlot = s.Endpoint is Variable ev ? _slots[ev] : -1;
        return new ServiceNode(s.Endpoint.AsTerm as Iri, endpointSlot, s.Silent, text, variables);
    }

    private PatternTerm Term(PatternNode node) => node switch
    {
        Variable v => PatternTerm.Var(_slots[v]),
        TermNode t => PatternTerm.Const(_ctx.StoreId(t.Term)),
        _ => throw new UnreachableException(node.GetType().Name),
    };

    private PlanNode BuildPath(PathPattern p)
    {
        var s = Term(p.Subject);
        var o = Term(p.Object);
        var sLocal = p.Subject.AsTerm is { } st ? _ctx.Intern(st) : 0;
        var oLocal = p.Object.AsTerm is { } ot ? _ctx.Intern(ot) : 0;
        return new PathNode(s, p.Path, o, sLocal, oLocal);
    }

    private PlanNode BuildTable(Table t)
    {
        var slots = t.Variables.Select(v => _slots[v]).ToArray();
        var rows = new List<(int Slot, int Id)[]>(t.Rows.Count);
        foreach (var source in t.Rows)
        {
            var cells = new List<(int, int)>(slots.Length);
            for (var i = 0; i < slots.Length; i++)
                if (source[i] is { } term) cells.Add((slots[i], _ctx.Intern(term)));
            rows.Add([.. cells]);
        }
        return new TableNode(rows, slots.ToHashSet());
    }

    private PlanNode BuildGroup(Group g)
    {
        var keys = g.Keys.Select(k => (_expressions.Compile(k.Expression), k.Variable is null ? -1 : _slots[k.Variable])).ToList();
        var aggregates = g.Aggregates.Select(a => (
            _slots[a.Variable],
            a.Aggregate.Function,
            a.Aggregate.Distinct,
            a.Aggregate.Expression is null ? null : _expressions.Compile(a.Aggregate.Expression),
            a.Aggregate.Separator ?? " ")).ToList();
        return new GroupNode(Build(g.Input), keys, aggregates);
    }

    private PlanNode BuildBgp(Bgp bgp) => BuildBgp(bgp, []);

    /// <summary>
    /// A filter over a BGP: the conjuncts whose variables the BGP always binds (and that hold no EXISTS, whose meaning
    /// depends on the whole row) run inside the BGP right after their last variable is bound; the rest stay above.
    /// </summary>
    private PlanNode BuildFilter(Filter f)
    {
        if (f.Input is not Bgp { Patterns.Count: > 0 } bgp)
            return new FilterNode(Build(f.Input), _expressions.CompileFilter(f.Expression), f.Expression.ToSse());
        var bgpVariables = bgp.Patterns.SelectMany(p => new[] { p.Subject, p.Predicate, p.Object }).OfType<Variable>().ToHashSet();
        var pushed = new List<Expression>();
        var kept = new List<Expression>();
        foreach (var c in f.Expression.Conjuncts())
        {
            var mentioned = OpVariables.Mentioned(c);
            var pushable = !ContainsExists(c) && mentioned.Count > 0 && mentioned.All(bgpVariables.Contains);
            (pushable ? pushed : kept).Add(c);
        }
        var node = BuildBgp(bgp, pushed);
        foreach (var c in kept) node = new FilterNode(node, _expressions.CompileFilter(c), c.ToSse());
        return node;
    }

    private PlanNode BuildBgp(Bgp bgp, List<Expression> filters)
    {
        var patterns = bgp.Patterns.Select(p => (S: Term(p.Subject), P: Term(p.Predicate), O: Term(p.Object))).ToList();
        var filterSlots = filters.Select(e => OpVariables.Mentioned(e).Select(v => _slots[v]).ToHashSet()).ToList();
        var ordered = Order(patterns, filterSlots);
        if (filters.Count == 0) return new BgpNode(ordered);
        var atDepth = new List<Func<int[], ActiveGraph, EvalContext, bool>>?[ordered.Count];
        var bound = new HashSet<int>();
        var placed = new bool[filters.Count];
        for (var d = 0; d < ordered.Count; d++)
        {
            AddSlots(bound, ordered[d]);
            for (var i = 0; i < filters.Count; i++)
            {
                if (placed[i] || !filterSlots[i].IsSubsetOf(bound)) continue;
                placed[i] = true;
                (atDepth[d] ??= []).Add(_expressions.CompileFilter(filters[i]));
            }
        }
        return new BgpNode(ordered, atDepth.Select(l => l?.ToArray()).ToArray(), string.Join(" ", filters.Select(e => e.ToSse())));
    }

    private static bool ContainsExists(Expression e) => e is ExistsExpression || e.Arguments.Any(ContainsExists);

    private static void AddSlots(HashSet<int> bound, (PatternTerm S, PatternTerm P, PatternTerm O) p)
    {
        foreach (var t in new[] { p.S, p.P, p.O })
            if (t.IsVariable) bound.Add(t.Slot);
    }

    /// <summary>
    /// Greedy join order: next the pattern with the fewest estimated matches, where a position bound by an earlier
    /// pattern divides the estimate, a pattern that completes the variables of a filter is taken as keeping a tenth of
    /// its matches, and a pattern sharing no variable with those before it (a cross product) is taken last.
    /// </summary>
    private List<(PatternTerm S, PatternTerm P, PatternTerm O)> Order(List<(PatternTerm S, PatternTerm P, PatternTerm O)> patterns, List<HashSet<int>> filterSlots)
    {
        var ordered = new List<(PatternTerm, PatternTerm, PatternTerm)>(patterns.Count);
        var bound = new HashSet<int>();
        var remaining = new List<(PatternTerm S, PatternTerm P, PatternTerm O)>(patterns);
        while (remaining.Count > 0)
        {
            var best = 0;
            var bestCost = double.MaxValue;
            for (var i = 0; i < remaining.Count; i++)
            {
                var cost = Estimate(remaining[i], bound, ordered.Count > 0);
                if (filterSlots.Count > 0)
                {
                    var after = new HashSet<int>(bound);
                    AddSlots(after, remaining[i]);
                    foreach (var f in filterSlots)
                        if (!f.IsSubsetOf(bound) && f.IsSubsetOf(after)) cost /= 10;
                }
                if (cost < bestCost) { bestCost = cost; best = i; }
            }
            var chosen = remaining[best];
            remaining.RemoveAt(best);
            ordered.Add(chosen);
            AddSlots(bound, chosen);
        }
        return ordered;
    }

    private double Estimate((PatternTerm S, PatternTerm P, PatternTerm O) p, HashSet<int> bound, bool hasPrevious)
    {
        int Const(PatternTerm t) => t.IsVariable ? TermId.Any : t.Constant;
        double count = _ctx.Store.CountMatches(Const(p.S), Const(p.P), Const(p.O), TermId.AnyGraph);
        var boundPositions = new[] { p.S, p.P, p.O }.Count(t => t.IsVariable && bound.Contains(t.Slot));
        if (boundPositions > 0) count /= Math.Pow(100, boundPositions);
        else if (hasPrevious && new[] { p.S, p.P, p.O }.Any(t => t.IsVariable)) count *= 1000;
        return count;
    }
}
