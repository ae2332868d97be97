using Graph.Core.Graphs;
using Graph.Core.Terms;
using Graph.Core.Vocabularies;
using Graph.Sparql.Engine.Functions;
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
                var term = value switch
                {
                    BlankNode b => new BlankNode(prefix + "_" + b.Label),
                    // Numbers compare by value: "3"^^xsd:double and "3.0E0"^^xsd:double are one double (Jena's harness does the same).
                    Literal l when Numeric.TryFrom(l, out var n) && IsPrimitiveNumeric(l) => n.ToLiteral(),
                    _ => value,
                };
                quads.Add(new Quad(row, new Iri(Ns + "var/" + results.Variables[v]), term));
            }
        }
        return quads;
    }

    private static bool IsPrimitiveNumeric(Literal l) =>
        l.Datatype.Equals(Xsd.Integer) || l.Datatype.Equals(Xsd.Decimal) || l.Datatype.Equals(Xsd.Double) || l.Datatype.Equals(Xsd.Float);

    /// <summary>The same results with duplicate rows removed.</summary>
    public static SparqlResultSet Distinct(SparqlResultSet r) =>
        r.IsBoolean ? r : new SparqlResultSet(r.Variables, r.Rows.DistinctBy(row => string.Join("\u0001", row.Select(t => t?.ToString() ?? ""))).ToList());

    /// <summary>A failure message: the rows only one side has (blank node labels blurred), then both result sets.</summary>
    public static string Difference(SparqlResultSet expected, SparqlResultSet actual)
    {
        static List<string> Lines(SparqlResultSet r) => r.IsBoolean ? [Describe(r)] :
            r.Rows.Select(row => string.Join("  ", r.Variables.Select((v, i) => (v, i)).OrderBy(p => p.v, StringComparer.Ordinal)
                .Select(p => $"?{p.v}={(row[p.i] is BlankNode ? "_:b" : row[p.i]?.ToString() ?? "-")}"))).ToList();
        var e = Lines(expected);
        var a = Lines(actual);
        var onlyExpected = new List<string>(e);
        foreach (var l in a) onlyExpected.Remove(l);
        var onlyActual = new List<string>(a);
        foreach (var l in e) onlyActual.Remove(l);
        var nl = Environment.NewLine;
        return $"missing ({onlyExpected.Count}):{nl}{string.Join(nl, onlyExpected)}{nl}unexpected ({onlyActual.Count}):{nl}{string.Join(nl, onlyActual)}{nl}" +
            $"expected {Describe(expected)}{nl}actual {Describe(actual)}";
    }

    /// <summary>The result set in a stable text form for failure messages.</summary>
    public static string Describe(SparqlResultSet r)
    {
        if (r.IsBoolean) return r.Boolean!.Value ? "true" : "false";
        var lines = r.Rows.Select(row => string.Join("  ", r.Variables.Select((v, i) => $"?{v}={row[i]?.ToString() ?? "-"}"))).ToList();
        return $"({r.Rows.Count} rows) " + string.Join(" ", r.Variables) + Environment.NewLine + string.Join(Environment.NewLine, lines);
    }
}
