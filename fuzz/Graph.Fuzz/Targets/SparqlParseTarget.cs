using System.Text;
using Graph.Core.Diagnostics;
using Graph.Sparql.Optimization;
using Graph.Sparql.Syntax;

namespace Graph.Fuzz.Targets;

/// <summary>
/// SPARQL parsing: the input is parsed as a query and as an update. Rejected text must raise
/// <see cref="RdfSyntaxException"/> with positions; an accepted query must translate to the same algebra twice
/// (translation is deterministic), and the optimiser must rewrite it without failing.
/// </summary>
public sealed class SparqlParseTarget : FuzzTarget
{
    /// <summary>Prefixes every fuzzed query may use without declaring them (shorter inputs reach deeper).</summary>
    public static readonly IReadOnlyDictionary<string, string> Prefixes = new Dictionary<string, string>
    {
        ["ex"] = "http://example.org/",
        ["rdf"] = "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
        ["rdfs"] = "http://www.w3.org/2000/01/rdf-schema#",
        ["xsd"] = "http://www.w3.org/2001/XMLSchema#",
    };

    public static readonly SparqlParseOptions ParseOptions = new() { BaseIri = Invariants.BaseIri, File = "fuzz", Prefixes = Prefixes };

    public override string Name => "sparql";

    public override string Extension => ".rq";

    public override void Run(byte[] input)
    {
        var text = Encoding.UTF8.GetString(input);
        try
        {
            var query = SparqlParser.ParseQuery(text, ParseOptions);
            var again = SparqlParser.ParseQuery(text, ParseOptions);
            var sse = query.ToSse();
            Invariants.Require(sse == again.ToSse(), "sparql: the same query translated twice gives different algebra");
            new Optimizer(BoundPositionEstimator.Instance).Optimize(query);
        }
        catch (RdfSyntaxException e)
        {
            Invariants.CheckSyntaxError(e, input, "sparql query parser");
        }
        catch (Exception e) when (e is not InvariantViolation)
        {
            throw new InvariantViolation($"sparql query parser: {e.GetType().Name} escaped instead of a syntax error: {e.Message}", e);
        }

        try
        {
            SparqlParser.ParseUpdate(text, ParseOptions);
        }
        catch (RdfSyntaxException e)
        {
            Invariants.CheckSyntaxError(e, input, "sparql update parser");
        }
        catch (Exception e) when (e is not InvariantViolation)
        {
            throw new InvariantViolation($"sparql update parser: {e.GetType().Name} escaped instead of a syntax error: {e.Message}", e);
        }
    }
}
