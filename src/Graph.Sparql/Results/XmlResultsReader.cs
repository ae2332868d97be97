using System.Xml.Linq;
using Graph.Core.Terms;

namespace Graph.Sparql.Results;

/// <summary>Reads SPARQL Query Results XML.</summary>
internal static class XmlResultsReader
{
    private static readonly XNamespace Ns = XmlResultsWriter.Namespace;

    public static SparqlResultSet Read(Stream input)
    {
        var doc = XDocument.Load(input, LoadOptions.PreserveWhitespace);
        var root = doc.Root ?? throw new InvalidDataException("Empty SPARQL XML results");
        if (root.Element(Ns + "boolean") is { } b) return SparqlResultSet.FromBoolean(b.Value.Trim() == "true");
        var vars = root.Element(Ns + "head")?.Elements(Ns + "variable").Select(v => (string)v.Attribute("name")!).ToList() ?? [];
        var rows = new List<Term?[]>();
        foreach (var result in root.Element(Ns + "results")?.Elements(Ns + "result") ?? [])
        {
            var row = new Term?[vars.Count];
            foreach (var binding in result.Elements(Ns + "binding"))
            {
                var i = vars.IndexOf((string)binding.Attribute("name")!);
                if (i < 0) throw new InvalidDataException($"Binding of undeclared variable '{binding.Attribute("name")}'");
                var term = binding.Elements().First();
                row[i] = term.Name.LocalName switch
                {
                    "uri" => new Iri(term.Value),
                    "bnode" => new BlankNode(term.Value),
                    "literal" => term.Attribute(XNamespace.Xml + "lang") is { } lang ? new Literal(term.Value, lang.Value)
                        : term.Attribute("datatype") is { } dt ? new Literal(term.Value, new Iri(dt.Value))
                        : Literal.String(term.Value),
                    var other => throw new InvalidDataException($"Unknown term element '{other}' in SPARQL XML results"),
                };
            }
            rows.Add(row);
        }
        return new SparqlResultSet(vars, rows);
    }
}
