using System.Globalization;
using System.Text.RegularExpressions;
using Graph.Core.Terms;
using Graph.Core.Vocabularies;

namespace Graph.IO.JsonLd;

/// <summary>
/// Deserialize JSON-LD to RDF (JSON-LD 1.1 API §8.1–8.3, https://www.w3.org/TR/json-ld11-api/#deserialize-json-ld-to-rdf-algorithm):
/// node map → quads, with list conversion, JSON literals and the rdfDirection options.
/// </summary>
internal sealed partial class RdfDeserializer(NodeMap nodeMap, JsonLdOptions options, IQuadSink sink, string blankNodePrefix)
{
    private const string I18n = "https://www.w3.org/ns/i18n#";
    private readonly Dictionary<string, BlankNode> _blankNodes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Iri> _iris = new(StringComparer.Ordinal);

    public void Run()
    {
        foreach (var graphName in nodeMap.Graphs.SortedKeys())
        {
            Term? graph = null;
            if (graphName != "@default")
            {
                graph = Resource(graphName);
                if (graph is null) continue;
            }
            var nodes = (JsonMap)nodeMap.Graphs[graphName]!;
            foreach (var subjectId in nodes.SortedKeys())
            {
                var subject = Resource(subjectId);
                if (subject is null) continue;
                var node = (JsonMap)nodes[subjectId]!;
                foreach (var property in node.SortedKeys())
                {
                    var values = node[property];
                    if (property == "@type")
                    {
                        // A type that looked like a keyword ("@typo") expands to null (JSON-LD 1.1 §5.2.2 IRI Expansion): no statement.
                        foreach (var type in Json.AsList(values))
                            if (type is string id && Resource(id) is { } t) sink.OnQuad(new Quad(subject, Rdf.Type, t, graph));
                        continue;
                    }
                    if (Keywords.IsKeyword(property)) continue;
                    if (property.StartsWith("_:", StringComparison.Ordinal) && !options.ProduceGeneralizedRdf) continue;
                    var predicate = Resource(property);
                    if (predicate is null) continue;
                    foreach (var item in Json.AsList(values))
                    {
                        var listTriples = new List<Quad>();
                        var obj = ObjectToRdf(item, listTriples, graph);
                        if (obj is not null) sink.OnQuad(new Quad(subject, predicate, obj, graph));
                        foreach (var q in listTriples) sink.OnQuad(q);
                    }
                }
            }
        }
    }

    /// <summary>An IRI or blank node for a node identifier, or null when it is not well-formed (relative IRIs are dropped).</summary>
    private Term? Resource(string id)
    {
        if (id.StartsWith("_:", StringComparison.Ordinal))
        {
            if (!_blankNodes.TryGetValue(id, out var b)) _blankNodes[id] = b = new BlankNode(blankNodePrefix + id[2..]);
            return b;
        }
        if (_iris.TryGetValue(id, out var iri)) return iri;
        if (!ContextProcessor.IsWellFormedIri(id)) return null;
        return _iris[id] = new Iri(id);
    }

    // §8.2 Object to RDF Conversion
    private Term? ObjectToRdf(object? item, List<Quad> listTriples, Term? graph)
    {
        var map = (JsonMap)item!;
        if (!map.Has("@value") && !map.Has("@list")) return map.Get("@id") is string id ? Resource(id) : null;
        if (map.TryGetValue("@list", out var list)) return ListToRdf(Json.AsList(list), listTriples, graph);
        var value = map["@value"];
        var datatype = map.Get("@type") as string;
        if (datatype is not null && datatype != "@json" && !ContextProcessor.IsWellFormedIri(datatype)) return null;
        if (map.Get("@language") is string lang && !IsWellFormedLanguage(lang)) return null;
        var (lexical, dt) = LexicalForm(value, datatype, map.Has("@language"));
        datatype = dt;
        if (map.Get("@direction") is string direction && options.RdfDirection is not null)
        {
            var language = (map.Get("@language") as string)?.ToLowerInvariant() ?? "";
            if (options.RdfDirection == "i18n-datatype") return new Literal(lexical, new Iri(I18n + language + "_" + direction));
            if (options.RdfDirection == "compound-literal")
            {
                var node = new BlankNode(blankNodePrefix + nodeMap.GenerateBlankNodeId(null)[2..]);
                listTriples.Add(new Quad(node, Rdf.Value, Literal.String(lexical), graph));
                if (map.Has("@language")) listTriples.Add(new Quad(node, new Iri(Rdf.Namespace + "language"), Literal.String(language), graph));
                listTriples.Add(new Quad(node, new Iri(Rdf.Namespace + "direction"), Literal.String(direction), graph));
                return node;
            }
            throw JsonLdException.Of("invalid rdfDirection", options.RdfDirection);
        }
        if (map.Get("@language") is string tag) return new Literal(lexical, tag);
        return new Literal(lexical, datatype == Xsd.Namespace + "string" ? Xsd.String : new Iri(datatype));
    }

    /// <summary>§8.2 steps 8–12: the lexical form and datatype of a JSON value (canonical forms for numbers and booleans).</summary>
    internal static (string Lexical, string Datatype) LexicalForm(object? value, string? datatype, bool hasLanguage)
    {
        if (datatype == "@json") return (JsonCanonicalizer.Serialize(value), Rdf.Namespace + "JSON");
        if (value is bool b) return (b ? "true" : "false", datatype ?? Xsd.Namespace + "boolean");
        if (value is double or long && (value is double d && (d % 1 != 0 || Math.Abs(d) >= 1e21) || datatype == Xsd.Namespace + "double"))
            return (CanonicalDouble(Json.ToDouble(value)), datatype ?? Xsd.Namespace + "double");
        if (value is long l) return (l.ToString(CultureInfo.InvariantCulture), datatype ?? Xsd.Namespace + "integer");
        if (value is double dd) return (dd == 0 ? "0" : dd.ToString("F0", CultureInfo.InvariantCulture), datatype ?? Xsd.Namespace + "integer");
        return ((string)value!, datatype ?? (hasLanguage ? Rdf.Namespace + "langString" : Xsd.Namespace + "string"));
    }

    // §8.3 List to RDF Conversion
    private Term ListToRdf(List<object?> list, List<Quad> listTriples, Term? graph)
    {
        if (list.Count == 0) return Rdf.Nil;
        var nodes = list.Select(_ => (Term)new BlankNode(blankNodePrefix + nodeMap.GenerateBlankNodeId(null)[2..])).ToList();
        for (var i = 0; i < list.Count; i++)
        {
            var embedded = new List<Quad>();
            var obj = ObjectToRdf(list[i], embedded, graph);
            if (obj is not null) listTriples.Add(new Quad(nodes[i], Rdf.First, obj, graph));
            listTriples.Add(new Quad(nodes[i], Rdf.Rest, i + 1 < nodes.Count ? nodes[i + 1] : Rdf.Nil, graph));
            listTriples.AddRange(embedded);
        }
        return nodes[0];
    }

    /// <summary>The canonical xsd:double form JSON-LD uses: one digit before the point, trailing zeros trimmed, <c>E</c> exponent.</summary>
    internal static string CanonicalDouble(double d)
    {
        // A JSON number beyond double's range (1e400) reads as infinity: XSD spells it INF (found by fuzz/).
        if (!double.IsFinite(d)) return double.IsNaN(d) ? "NaN" : d > 0 ? "INF" : "-INF";
        var s = d.ToString("E15", CultureInfo.InvariantCulture);
        var e = s.IndexOf('E');
        var mantissa = s[..e].TrimEnd('0');
        if (mantissa.EndsWith('.')) mantissa += "0";
        var exponent = int.Parse(s[(e + 1)..], CultureInfo.InvariantCulture);
        return mantissa + "E" + exponent.ToString(CultureInfo.InvariantCulture);
    }

    [GeneratedRegex("^[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*$")]
    private static partial Regex LanguageTag();

    internal static bool IsWellFormedLanguage(string tag) => LanguageTag().IsMatch(tag);
}
