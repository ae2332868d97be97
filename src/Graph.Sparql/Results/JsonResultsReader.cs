using System.Text.Json;
using Graph.Core.Terms;

namespace Graph.Sparql.Results;

/// <summary>Reads SPARQL 1.1 Query Results JSON, including the older <c>"typed-literal"</c> type.</summary>
internal static class JsonResultsReader
{
    public static SparqlResultSet Read(Stream input)
    {
        using var doc = JsonDocument.Parse(input);
        var root = doc.RootElement;
        if (root.TryGetProperty("boolean", out var b)) return SparqlResultSet.FromBoolean(b.GetBoolean());
        var vars = new List<string>();
        if (root.TryGetProperty("head", out var head) && head.TryGetProperty("vars", out var vs))
            foreach (var v in vs.EnumerateArray()) vars.Add(v.GetString()!);
        var rows = new List<Term?[]>();
        foreach (var binding in root.GetProperty("results").GetProperty("bindings").EnumerateArray())
        {
            var row = new Term?[vars.Count];
            foreach (var p in binding.EnumerateObject())
            {
                var i = vars.IndexOf(p.Name);
                if (i < 0) { vars.Add(p.Name); i = vars.Count - 1; Array.Resize(ref row, vars.Count); }
                row[i] = ReadTerm(p.Value);
            }
            rows.Add(row);
        }
        foreach (var r in rows.Where(r => r.Length < vars.Count).ToList()) rows[rows.IndexOf(r)] = [.. r, .. new Term?[vars.Count - r.Length]];
        return new SparqlResultSet(vars, rows);
    }

    private static Term ReadTerm(JsonElement e)
    {
        var type = e.GetProperty("type").GetString();
        var value = e.GetProperty("value").GetString()!;
        return type switch
        {
            "uri" => new Iri(value),
            "bnode" => new BlankNode(value),
            "literal" or "typed-literal" =>
                e.TryGetProperty("xml:lang", out var lang) ? new Literal(value, lang.GetString()!)
                : e.TryGetProperty("datatype", out var dt) ? new Literal(value, new Iri(dt.GetString()!))
                : Literal.String(value),
            _ => throw new InvalidDataException($"Unknown RDF term type '{type}' in SPARQL JSON results"),
        };
    }
}
