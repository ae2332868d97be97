using Graph.Core.Terms;
using Graph.Sparql.Results;

namespace Graph.Sparql.Engine.Tests.Conformance;

/// <summary>
/// Reads an expected result set written in RDF with the DAWG result-set vocabulary
/// (<c>http://www.w3.org/2001/sw/DataAccess/tests/result-set#</c>): rs:resultVariable, rs:solution / rs:binding,
/// rs:index for ordered results, rs:boolean for ASK.
/// </summary>
public static class RdfResultSetReader
{
    private const string Rs = "http://www.w3.org/2001/sw/DataAccess/tests/result-set#";

    public static bool IsResultSet(IReadOnlyList<Quad> quads) =>
        quads.Any(q => q.Object is Iri i && i.Value == Rs + "ResultSet");

    public static SparqlResultSet Read(IReadOnlyList<Quad> quads)
    {
        var index = quads.ToLookup(q => (q.Subject, ((Iri)q.Predicate).Value), q => q.Object);
        var set = quads.First(q => q.Object is Iri i && i.Value == Rs + "ResultSet").Subject;
        if (index[(set, Rs + "boolean")].FirstOrDefault() is Literal b) return SparqlResultSet.FromBoolean(b.LexicalForm == "true");
        var variables = index[(set, Rs + "resultVariable")].OfType<Literal>().Select(l => l.LexicalForm).Order(StringComparer.Ordinal).ToList();
        var solutions = index[(set, Rs + "solution")]
            .Select(s => (Solution: s, Index: index[(s, Rs + "index")].OfType<Literal>().Select(l => int.Parse(l.LexicalForm, System.Globalization.CultureInfo.InvariantCulture)).FirstOrDefault()))
            .OrderBy(s => s.Index)
            .ToList();
        var rows = new List<Term?[]>();
        foreach (var (solution, _) in solutions)
        {
            var row = new Term?[variables.Count];
            foreach (var binding in index[(solution, Rs + "binding")])
            {
                var name = (index[(binding, Rs + "variable")].FirstOrDefault() as Literal)?.LexicalForm;
                var slot = name is null ? -1 : variables.IndexOf(name);
                if (slot >= 0) row[slot] = index[(binding, Rs + "value")].FirstOrDefault();
            }
            rows.Add(row);
        }
        return new SparqlResultSet(variables, rows);
    }
}
