using Graph.Core.Terms;
using Graph.Sparql.Algebra;
using Graph.Sparql.Engine.Evaluation;
using Graph.Sparql.Engine.Planning;
using Graph.Sparql.Optimization;
using Graph.Store;

namespace Graph.Sparql.Engine;

/// <summary>
/// Runs a translated SPARQL query (<see cref="Query"/>) against a <see cref="QuadStore"/>: plans it over integer
/// slots, evaluates the operators, and decodes ids to terms only for the result.
/// </summary>
public static class QueryEngine
{
    public static QueryResult Execute(Query query, QuadStore store, QueryOptions? options = null)
    {
        options ??= new QueryOptions();
        var ctx = new EvalContext(store, Scope(query.Dataset, store), options, query.BaseIri) { Prefixes = query.Prefixes };
        return Execute(query, ctx, options);
    }

    /// <summary>
    /// The solutions of <paramref name="pattern"/> over <paramref name="dataset"/>, decoded, one cell per variable of
    /// <paramref name="variables"/> (null = unbound); materialised, so the store may change afterwards (SPARQL Update).
    /// </summary>
    internal static List<Term?[]> Solutions(Op pattern, IReadOnlyList<Variable> variables, QuadStore store, DatasetScope dataset, QueryOptions options, string? baseIri, IReadOnlyDictionary<string, string>? prefixes)
    {
        prefixes ??= new Dictionary<string, string>();
        var query = new Query(QueryForm.Select, pattern, null, variables, [], [], baseIri, prefixes);
        return [.. Execute(query, new EvalContext(store, dataset, options, baseIri) { Prefixes = prefixes }, options).Rows];
    }

    private static QueryResult Execute(Query query, EvalContext ctx, QueryOptions options)
    {
        var store = ctx.Store;
        var slots = new SlotMap();
        var builder = new PlanBuilder(ctx, slots);
        var pattern = options.Optimize ? new Optimizer(new StoreCardinalityEstimator(store)).Optimize(query.Pattern) : query.Pattern;
        var plan = builder.Build(pattern);
        var resultSlots = query.Variables.Select(slots.SlotOf).ToArray();
        var seed = new int[slots.Count];
        var graph = ActiveGraph.Default(ctx.Dataset);
        var rows = plan.Evaluate(seed, graph, ctx);

        switch (query.Form)
        {
            case QueryForm.Ask:
                return new QueryResult(QueryForm.Ask, [], [], rows.Any(), []);
            case QueryForm.Select:
            {
                var table = new List<Term?[]>();
                foreach (var row in rows)
                {
                    CheckLimit(options, table.Count);
                    var cells = new Term?[resultSlots.Length];
                    for (var i = 0; i < cells.Length; i++) cells[i] = ctx.Decode(row[resultSlots[i]]);
                    table.Add(cells);
                }
                return new QueryResult(QueryForm.Select, query.Variables.Select(v => v.Name).ToList(), table, false, []);
            }
            case QueryForm.Construct:
                return new QueryResult(QueryForm.Construct, [], [], false, Construct(query.Template, rows, slots, ctx, options));
            case QueryForm.Describe:
                return new QueryResult(QueryForm.Describe, [], [], false, Describe(query.DescribeTargets, rows, slots, ctx, options));
            default:
                throw new System.Diagnostics.UnreachableException(query.Form.ToString());
        }
    }

    private static void CheckLimit(QueryOptions options, long count)
    {
        if (options.MaxResults is { } max && count >= max) throw new QueryLimitException(max);
    }

    internal static DatasetScope Scope(Dataset? dataset, QuadStore store)
    {
        if (dataset is null) return DatasetScope.StoreDefault;
        int Id(Iri iri) => store.Dictionary.TryGetId(iri, out var id) ? id : TermId.Unknown;
        return DatasetScope.From(
            dataset.Default.Select(Id).Distinct().ToArray(),
            dataset.Named.Select(Id).Where(id => id != TermId.Unknown).Distinct().ToArray());
    }

    /// <summary>CONSTRUCT (§16.2): the template per solution, fresh blank nodes per solution, invalid or unbound triples left out.</summary>
    private static List<Quad> Construct(IReadOnlyList<TriplePattern> template, IEnumerable<int[]> rows, SlotMap slots, EvalContext ctx, QueryOptions options)
    {
        var seen = new HashSet<Quad>();
        var result = new List<Quad>();
        foreach (var row in rows)
        {
            var blanks = new Dictionary<string, BlankNode>(StringComparer.Ordinal);
            foreach (var t in template)
            {
                var s = Instantiate(t.Subject, row, slots, ctx, blanks);
                var p = Instantiate(t.Predicate, row, slots, ctx, blanks);
                var o = Instantiate(t.Object, row, slots, ctx, blanks);
                if (s is null or Literal || p is not Iri || o is null) continue;
                var q = new Quad(s, p, o);
                if (seen.Add(q))
                {
                    CheckLimit(options, result.Count);
                    result.Add(q);
                }
            }
        }
        return result;
    }

    private static Term? Instantiate(PatternNode node, int[] row, SlotMap slots, EvalContext ctx, Dictionary<string, BlankNode> blanks) => node switch
    {
        // A template variable the pattern never binds is unbound in every solution.
        Variable v => slots.SlotOf(v) is var slot && slot < row.Length ? ctx.Decode(row[slot]) : null,
        TermNode { Term: BlankNode b } => blanks.TryGetValue(b.Label, out var fresh) ? fresh : blanks[b.Label] = BlankNode.Fresh(),
        TermNode t => t.Term,
        _ => null,
    };

    /// <summary>
    /// DESCRIBE (§16.4): for each resource, its statements in the default graph as subject, with the statements of
    /// blank nodes they reach (a concise bounded description).
    /// </summary>
    private static List<Quad> Describe(IReadOnlyList<PatternNode> targets, IEnumerable<int[]> rows, SlotMap slots, EvalContext ctx, QueryOptions options)
    {
        var resources = new List<int>();
        var fixedIds = targets.OfType<TermNode>().Select(t => ctx.StoreId(t.Term)).Where(id => id is > 0 and not TermId.Unknown).ToList();
        resources.AddRange(fixedIds);
        var variables = targets.OfType<Variable>().Select(slots.SlotOf).ToArray();
        if (variables.Length > 0)
            foreach (var row in rows)
                foreach (var s in variables)
                    if (s < row.Length && row[s] > 0) resources.Add(row[s]); // a variable the pattern never binds names nothing

        var result = new List<Quad>();
        var done = new HashSet<int>();
        var queue = new Queue<int>(resources);
        while (queue.Count > 0)
        {
            var id = queue.Dequeue();
            if (!done.Add(id)) continue;
            foreach (var g in ctx.Dataset.DefaultGraphs)
            {
                foreach (var q in ctx.Store.Match(id, 0, 0, g))
                {
                    CheckLimit(options, result.Count);
                    result.Add(new Quad(ctx.Decode(q.Subject)!, ctx.Decode(q.Predicate)!, ctx.Decode(q.Object)!));
                    if (ctx.Store.Dictionary.GetKind(q.Object) == TermKind.BlankNode) queue.Enqueue(q.Object);
                }
            }
        }
        return result.Distinct().ToList();
    }
}
