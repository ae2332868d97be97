using Graph.Core.Graphs;
using Graph.Core.Terms;
using Graph.Sparql.Results;

namespace Graph.Sparql.Engine.Tests.Conformance;

/// <summary>
/// Compares result sets as the W3C rules say: solutions as multisets, blank nodes up to a consistent renaming, order
/// only when asked. Each result set becomes a graph (one blank node per solution, one triple per binding, plus an
/// index triple when order matters) and the graphs are compared by isomorphism.
/// </summary>
public static class ResultComparison
{
    private const string Ns = "urn:graph-test:";
    private static readonly Iri Index = new(Ns + "index");

    public static bool Equivalent(SparqlResultSet expected, SparqlResultSet actual, bool ordered)
    {
        if (expected.IsBoolean || actual.IsBoolean) return expected.Boolean == actual.Boolean;
        if (!expected.Variables.OrderBy(v => v, StringComparer.Ordinal).SequenceEqual(actual.Variables.OrderBy(v => v, StringComparer.Ordinal)))
            return false;
        if (expected.Rows.Count != actual.Rows.Count) return false;
        return Isomorphism.AreIsomorphic(ToGraph(expected, ordered, "e"), ToGraph(actual, ordered, "a"));
    }

    private static List<Quad> ToGraph(SparqlResultSet results, bool ordered, string prefix)
    {
        var quads = new List<Quad>();
        for (var i = 0; i < results.Rows.Count; i++)
        {
            var row = new BlankNode($"{prefix}row{i}");
            quads.Add(new Quad(row, new Iri(Ns + "solution"), Literal.Boolean(true)));
            if (ordered) quads.Add(new Quad(row, Index, Literal.Integer(i)));
            for (var v = 0; v < results.Variables.Count; v++)
            {
                if (results.Rows[i][v] is not { } value) continue;
                var term = value is BlankNode b ? new BlankNode(prefix + "_" + b.Label) : value;
                quads.Add(new Quad(row, new Iri(Ns + "var/" + results.Variables[v]), term));
            }
        }
        return quads;
    }

    /// <summary>The result set in a stable text form for failure messages.</summary>
    public static string Describe(SparqlResultSet r)
    {
        if (r.IsBoolean) return r.Boolean!.Value ? "true" : "false";
        var lines = r.Rows.Select(row => string.Join("  ", r.Variables.Select((v, i) => $"?{v}={row[i]?.ToString() ?? "-"}"))).ToList();
        return $"({r.Rows.Count} rows) " + string.Join(" ", r.Variables) + Environment.NewLine + string.Join(Environment.NewLine, lines);
    }
}
