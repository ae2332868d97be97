using System.Text;
using Graph.Core.Diagnostics;
using Graph.Core.Graphs;
using Graph.Core.Terms;
using Graph.Sparql.Algebra;
using Graph.Sparql.Engine;
using Graph.Sparql.Syntax;

namespace Graph.Fuzz.Targets;

/// <summary>
/// SPARQL evaluation: the input is parsed as a query; if it parses, it runs over <see cref="FuzzGraph"/> with a timeout
/// and a result limit, once optimised and once as translated. Evaluation may only end in a result, the timeout, the
/// limit, or <see cref="QueryEvaluationException"/> (e.g. SERVICE); the two plans must agree on the answer (as a
/// multiset; only on the count where the spec leaves the answer open: LIMIT without a total order, RAND, UUID, SAMPLE …).
/// </summary>
public sealed class SparqlEvalTarget : FuzzTarget
{
    private static readonly DateTimeOffset s_now = new(2025, 1, 2, 3, 4, 5, TimeSpan.Zero);

    // Functions and operators whose answer the spec leaves open: compare counts only when the algebra names one.
    private static readonly string[] s_openAnswers = ["slice", "rand", "uuid", "struuid", "bnode", "sample", "group_concat", "now"];

    public override string Name => "sparql-eval";

    public override string Extension => ".rq";

    public override void Run(byte[] input)
    {
        var text = Encoding.UTF8.GetString(input);
        Query query;
        try
        {
            query = SparqlParser.ParseQuery(text, SparqlParseTarget.ParseOptions);
        }
        catch (RdfSyntaxException e)
        {
            Invariants.CheckSyntaxError(e, input, "sparql query parser");
            return;
        }
        catch (Exception e) when (e is not InvariantViolation)
        {
            throw new InvariantViolation($"sparql query parser: {e.GetType().Name} escaped instead of a syntax error: {e.Message}", e);
        }

        var optimised = Evaluate(query, optimize: true);
        var plain = Evaluate(query, optimize: false);
        if (optimised is null || plain is null) return;
        var sse = query.ToSse();
        var open = s_openAnswers.Any(f => sse.Contains(f, StringComparison.OrdinalIgnoreCase));
        Compare(optimised, plain, open);
    }

    /// <summary>Runs the query; null when it hit the timeout or the limit (both allowed outcomes).</summary>
    private static QueryResult? Evaluate(Query query, bool optimize)
    {
        var options = new QueryOptions { Timeout = TimeSpan.FromSeconds(1), MaxResults = 2000, Optimize = optimize, Now = s_now };
        try
        {
            return QueryEngine.Execute(query, FuzzGraph.Store, options);
        }
        catch (Exception e) when (e is QueryTimeoutException or QueryLimitException or QueryEvaluationException)
        {
            return null;
        }
        catch (Exception e)
        {
            throw new InvariantViolation($"sparql evaluation ({(optimize ? "optimised" : "as translated")}): {e.GetType().Name}: {e.Message}\n{query.ToSse()}", e);
        }
    }

    private static void Compare(QueryResult optimised, QueryResult plain, bool open)
    {
        var what = $"sparql evaluation: the optimised and the translated plan disagree ({optimised.Form})";
        switch (optimised.Form)
        {
            case QueryForm.Ask:
                Invariants.Require(optimised.Boolean == plain.Boolean, $"{what}: {optimised.Boolean} vs {plain.Boolean}");
                break;
            case QueryForm.Select:
                Invariants.Require(optimised.Variables.SequenceEqual(plain.Variables), $"{what}: variables");
                Invariants.Require(optimised.Rows.Count == plain.Rows.Count, $"{what}: {optimised.Rows.Count} rows vs {plain.Rows.Count}");
                if (!open)
                {
                    var a = Rows(optimised);
                    var b = Rows(plain);
                    Invariants.Require(a.SequenceEqual(b), $"{what}:\n{string.Join("\n", a)}\n-- vs --\n{string.Join("\n", b)}");
                }
                break;
            default:
                Invariants.Require(optimised.Triples.Count == plain.Triples.Count, $"{what}: {optimised.Triples.Count} triples vs {plain.Triples.Count}");
                if (!open)
                    Invariants.Require(Isomorphism.AreIsomorphic(optimised.Triples, plain.Triples), $"{what}:\n{Invariants.Lines(optimised.Triples)}\n-- vs --\n{Invariants.Lines(plain.Triples)}");
                break;
        }
    }

    // A row as text, blank nodes without their labels (a plan may mint them in another order).
    private static List<string> Rows(QueryResult result) =>
        result.Rows.Select(r => string.Join(" | ", r.Select(t => t switch { null => "UNDEF", BlankNode => "_:", _ => t.ToString() })))
            .Order(StringComparer.Ordinal).ToList();
}
