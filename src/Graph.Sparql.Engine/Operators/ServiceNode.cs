using System.Text;
using Graph.Core.Terms;
using Graph.Sparql.Engine.Evaluation;

namespace Graph.Sparql.Engine.Operators;

/// <summary>
/// <c>Service(endpoint, P, silent)</c> (SPARQL 1.1 Federated Query §4): sends P, as written, to the endpoint as a
/// SELECT of its in-scope variables through the <see cref="ISparqlServiceClient"/>, with the seed's bindings of those
/// variables as a VALUES block, and yields the answers merged with the seed. The remote answers' blank nodes are
/// renamed apart from ours. With SILENT, a failure gives the seed alone (one empty solution). A variable endpoint
/// (<c>SERVICE ?e</c>) takes its IRI from the seed, so that node runs once per incoming row.
/// </summary>
internal sealed class ServiceNode(Iri? endpoint, int endpointSlot, bool silent, string text, IReadOnlyList<(string Name, int Slot)> variables) : PlanNode
{
    private readonly HashSet<int> _binds = [.. variables.Select(v => v.Slot)];

    public override IReadOnlySet<int> Binds => _binds;

    // A variable endpoint needs the incoming row; a fixed one is asked once and its answers hashed.
    public override bool SeedTransparent => endpoint is null;

    public override IEnumerable<int[]> Evaluate(int[] seed, ActiveGraph graph, EvalContext ctx)
    {
        var target = endpoint ?? (endpointSlot >= 0 ? ctx.Decode(seed[endpointSlot]) as Iri : null);
        List<int[]> rows;
        try
        {
            if (target is null) throw new QueryEvaluationException("SERVICE: the endpoint variable is not bound to an IRI.");
            rows = Ask(target, seed, ctx);
        }
        catch (Exception e) when (silent && e is not OperationCanceledException)
        {
            rows = [seed];
        }
        catch (Exception e) when (e is not (QueryEvaluationException or OperationCanceledException or QueryTimeoutException or QueryLimitException))
        {
            throw new QueryEvaluationException($"SERVICE <{target!.Value}> failed: {e.Message}");
        }
        foreach (var row in rows)
        {
            ctx.Tick();
            yield return row;
        }
    }

    private List<int[]> Ask(Iri target, int[] seed, EvalContext ctx)
    {
        var client = ctx.ServiceClient
            ?? throw new QueryEvaluationException($"SERVICE <{target.Value}> cannot be reached: no SPARQL client is available here.");
        var answers = client.Select(target, QueryText(seed, ctx), ctx.Cancellation);
        var slotOf = variables.ToDictionary(v => v.Name, v => v.Slot, StringComparer.Ordinal);
        var columns = answers.Variables.Select(n => slotOf.TryGetValue(n, out var s) ? s : -1).ToArray();
        var blanks = new Dictionary<string, BlankNode>(StringComparer.Ordinal);
        var rows = new List<int[]>(answers.Rows.Count);
        foreach (var answer in answers.Rows)
        {
            var row = (int[])seed.Clone();
            var compatible = true;
            for (var i = 0; i < columns.Length && compatible; i++)
            {
                if (columns[i] < 0 || i >= answer.Length || answer[i] is not { } term) continue;
                if (term is BlankNode b) term = Rename(b, blanks, ctx);
                var id = ctx.Intern(term);
                var slot = columns[i];
                if (row[slot] != 0 && row[slot] != id) compatible = false;
                else row[slot] = id;
            }
            if (compatible) rows.Add(row);
        }
        return rows;
    }

    private static BlankNode Rename(BlankNode b, Dictionary<string, BlankNode> blanks, EvalContext ctx)
    {
        if (blanks.TryGetValue(b.Label, out var fresh)) return fresh;
        do fresh = BlankNode.Fresh();
        while (ctx.Store.Dictionary.TryGetId(fresh, out _));
        return blanks[b.Label] = fresh;
    }

    /// <summary>The query sent: the prologue, <c>SELECT vars WHERE { P }</c>, and VALUES for the seed's bound variables (blank nodes cannot be sent).</summary>
    internal string QueryText(int[] seed, EvalContext ctx)
    {
        var sb = new StringBuilder();
        if (ctx.BaseIri is { } b) sb.Append("BASE <").Append(b).Append(">\n");
        foreach (var (prefix, iri) in ctx.Prefixes.OrderBy(p => p.Key, StringComparer.Ordinal))
            sb.Append("PREFIX ").Append(prefix).Append(": <").Append(iri).Append(">\n");
        sb.Append("SELECT ");
        if (variables.Count == 0) sb.Append('*');
        else sb.AppendJoin(' ', variables.Select(v => "?" + v.Name));
        sb.Append(" WHERE ").Append(text);
        var bound = variables.Where(v => seed[v.Slot] != 0 && ctx.Decode(seed[v.Slot]) is not BlankNode).ToList();
        if (bound.Count > 0)
        {
            sb.Append("\nVALUES (").AppendJoin(' ', bound.Select(v => "?" + v.Name)).Append(") { (");
            sb.AppendJoin(' ', bound.Select(v => NTriplesFormatter.Format(ctx.Decode(seed[v.Slot])!)));
            sb.Append(") }");
        }
        return sb.Append('\n').ToString();
    }

    public override string Describe() => $"(service{(silent ? " silent" : "")} {(endpoint is null ? "?" : "<" + endpoint.Value + ">")})";
}
