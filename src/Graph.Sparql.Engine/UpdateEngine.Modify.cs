using Graph.Core.Terms;
using Graph.Sparql.Algebra;
using Graph.Sparql.Engine.Evaluation;
using Graph.Sparql.Engine.Update;

namespace Graph.Sparql.Engine;

public static partial class UpdateEngine
{
    /// <summary>
    /// DELETE/INSERT … WHERE and DELETE WHERE (§3.1.3): the WHERE clause is evaluated in full first, over the USING
    /// dataset, else with the WITH graph as default graph, else the store's; then every instantiated DELETE quad is
    /// removed and every INSERT quad added. Instantiations with an unbound variable or an ill-formed quad (a literal
    /// subject, a non-IRI graph) are skipped; template blank nodes are fresh per solution.
    /// </summary>
    private static void Modify(Modify m, UpdateTransaction tx, UpdateOptions options, TimeSpan? timeout, UpdateRequest request)
    {
        var scope = m.Using is { } usingDataset ? QueryEngine.Scope(usingDataset, tx.Store)
            : m.With is { } with ? DatasetScope.WithDefault(tx.GraphId(with))
            : DatasetScope.StoreDefault;
        var variables = OpVariables.InScope(m.Pattern);
        var queryOptions = new QueryOptions
        {
            CancellationToken = options.CancellationToken,
            Timeout = timeout,
            Now = options.Now,
            ServiceClient = options.ServiceClient,
        };
        var rows = QueryEngine.Solutions(m.Pattern, variables, tx.Store, scope, queryOptions, request.BaseIri, request.Prefixes);
        var index = new Dictionary<Variable, int>();
        for (var i = 0; i < variables.Count; i++) index[variables[i]] = i;

        var deletes = new List<Quad>();
        var inserts = new List<Quad>();
        foreach (var row in rows)
        {
            foreach (var q in m.Delete)
                if (Instantiate(q, row, index, m.With, null, tx) is { } quad) deletes.Add(quad);
            if (m.Insert.Count == 0) continue;
            var blanks = new Dictionary<string, BlankNode>(StringComparer.Ordinal);
            foreach (var q in m.Insert)
                if (Instantiate(q, row, index, m.With, blanks, tx) is { } quad) inserts.Add(quad);
        }
        foreach (var q in deletes) tx.Delete(q);
        foreach (var q in inserts) tx.Insert(q);
    }

    private static Quad? Instantiate(QuadPattern q, Term?[] row, Dictionary<Variable, int> index, Iri? with,
        Dictionary<string, BlankNode>? blanks, UpdateTransaction tx)
    {
        Term? Node(PatternNode n) => n switch
        {
            Variable v => index.TryGetValue(v, out var i) ? row[i] : null,
            TermNode { Term: BlankNode b } when blanks is not null => FreshBlank(b, blanks, tx),
            TermNode t => t.Term,
            _ => null,
        };
        var s = Node(q.Subject);
        var p = Node(q.Predicate);
        var o = Node(q.Object);
        var g = q.Graph is null ? with : Node(q.Graph);
        if (s is not (Iri or BlankNode) || p is not Iri || o is null) return null;
        if (q.Graph is not null && g is not Iri) return null;
        return new Quad(s, p, o, g);
    }
}
