using System.Globalization;
using Graph.Core.Terms;
using Graph.Core.Vocabularies;

namespace Graph.IO.JsonLd;

/// <summary>
/// Serialize RDF as JSON-LD (JSON-LD 1.1 API §8.4–8.5, https://www.w3.org/TR/json-ld11-api/#serialize-rdf-as-json-ld-algorithm):
/// quads → expanded JSON-LD, converting well-formed RDF collections into <c>@list</c>.
/// </summary>
internal sealed class RdfSerializer(JsonLdOptions options)
{
    private const string RdfNil = Rdf.Namespace + "nil";
    private const string RdfFirst = Rdf.Namespace + "first";
    private const string RdfRest = Rdf.Namespace + "rest";
    private const string RdfList = Rdf.Namespace + "List";
    private const string I18n = "https://www.w3.org/ns/i18n#";

    private sealed record Usage(JsonMap Node, string Property, JsonMap Value);

    public List<object?> Serialize(IEnumerable<Quad> dataset)
    {
        var defaultGraph = new JsonMap();
        var graphMap = new JsonMap { ["@default"] = defaultGraph };
        var referencedOnce = new Dictionary<string, Usage?>(StringComparer.Ordinal);
        var nilUsages = new Dictionary<string, List<Usage>>(StringComparer.Ordinal);
        var compoundSubjects = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        // An RDF dataset is a set: a repeated statement must not count as a second reference to a list node.
        var seen = new HashSet<Quad>();
        foreach (var quad in dataset)
        {
            if (!seen.Add(quad)) continue;
            var name = quad.Graph is null ? "@default" : Id(quad.Graph);
            if (graphMap.Get(name) is not JsonMap nodeMap) graphMap[name] = nodeMap = new JsonMap();
            if (!compoundSubjects.TryGetValue(name, out var compound)) compoundSubjects[name] = compound = [];
            if (name != "@default" && !defaultGraph.Has(name)) defaultGraph[name] = new JsonMap { ["@id"] = name };
            var subject = Id(quad.Subject);
            var predicate = Id(quad.Predicate);
            if (nodeMap.Get(subject) is not JsonMap node) nodeMap[subject] = node = new JsonMap { ["@id"] = subject };
            if (options.RdfDirection == "compound-literal" && predicate == Rdf.Namespace + "direction") compound.Add(subject);
            var objectIsNode = quad.Object is not Literal;
            var objectId = objectIsNode ? Id(quad.Object) : null;
            if (objectIsNode && !nodeMap.Has(objectId!)) nodeMap[objectId!] = new JsonMap { ["@id"] = objectId };
            if (predicate == Rdf.Type.Value && !options.UseRdfType && objectIsNode)
            {
                if (node.Get("@type") is not List<object?> types) node["@type"] = types = [];
                if (!types.Contains(objectId)) types.Add(objectId);
                continue;
            }
            var value = ToObject(quad.Object);
            if (node.Get(predicate) is not List<object?> values) node[predicate] = values = [];
            var existing = values.FirstOrDefault(v => Json.DeepEquals(v, value));
            if (existing is null) values.Add(value);
            else value = (JsonMap)existing;
            if (objectId == RdfNil)
            {
                var key = name;
                if (!nilUsages.TryGetValue(key, out var usages)) nilUsages[key] = usages = [];
                usages.Add(new Usage(node, predicate, value));
            }
            else if (objectId is not null && referencedOnce.ContainsKey(GraphKey(name, objectId))) referencedOnce[GraphKey(name, objectId)] = null;
            else if (objectId is not null && objectId.StartsWith("_:", StringComparison.Ordinal))
                referencedOnce[GraphKey(name, objectId)] = new Usage(node, predicate, value);
        }

        foreach (var (name, g) in graphMap)
        {
            var graphObject = (JsonMap)g!;
            if (compoundSubjects.TryGetValue(name, out var compound)) ConvertCompoundLiterals(name, graphObject, compound, referencedOnce);
            if (!nilUsages.TryGetValue(name, out var usages)) continue;
            foreach (var usage in usages)
            {
                var node = usage.Node;
                var property = usage.Property;
                var head = usage.Value;
                var list = new List<object?>();
                var listNodes = new List<string>();
                while (property == RdfRest && node["@id"] is string nid && nid.StartsWith("_:", StringComparison.Ordinal)
                       && referencedOnce.TryGetValue(GraphKey(name, nid), out var nodeUsage) && nodeUsage is not null
                       && node.Get(RdfFirst) is List<object?> { Count: 1 } first && node.Get(RdfRest) is List<object?> { Count: 1 }
                       && node.Keys.All(k => k is "@id" or RdfFirst or RdfRest || (k == "@type" && node[k] is List<object?> { Count: 1 } t && (string?)t[0] == RdfList)))
                {
                    list.Add(first[0]);
                    listNodes.Add(nid);
                    node = nodeUsage.Node;
                    property = nodeUsage.Property;
                    head = nodeUsage.Value;
                    if (!((string)node["@id"]!).StartsWith("_:", StringComparison.Ordinal)) break;
                }
                head.Remove("@id");
                list.Reverse();
                head["@list"] = list;
                foreach (var id in listNodes) graphObject.Remove(id);
            }
        }

        var result = new List<object?>();
        foreach (var subject in options.Ordered ? defaultGraph.SortedKeys() : [.. defaultGraph.Keys])
        {
            var node = (JsonMap)defaultGraph[subject]!;
            if (graphMap.Get(subject) is JsonMap namedGraph && subject != "@default")
            {
                node["@graph"] = (options.Ordered ? namedGraph.SortedKeys() : [.. namedGraph.Keys])
                    .Select(k => (JsonMap)namedGraph[k]!).Where(n => !(n.Count == 1 && n.Has("@id"))).Cast<object?>().ToList();
            }
            if (!(node.Count == 1 && node.Has("@id"))) result.Add(node);
        }
        return result;
    }

    // Blank nodes are shared by all graphs of a dataset, so "referenced once" counts across graphs.
    private static string GraphKey(string graph, string id) => id;

    private static void ConvertCompoundLiterals(string name, JsonMap graphObject, HashSet<string> compound, Dictionary<string, Usage?> referencedOnce)
    {
        foreach (var cl in compound)
        {
            if (!referencedOnce.TryGetValue(GraphKey(name, cl), out var entry) || entry is null) continue;
            if (!graphObject.Remove(cl, out var clNodeObj) || clNodeObj is not JsonMap clNode) continue;
            foreach (var reference in Json.AsList(entry.Node[entry.Property]).OfType<JsonMap>().Where(r => r.Get("@id") as string == cl))
            {
                reference.Remove("@id");
                reference["@value"] = (Json.AsList(clNode.Get(Rdf.Namespace + "value"))[0] as JsonMap)?.Get("@value");
                if (clNode.Get(Rdf.Namespace + "language") is List<object?> { Count: > 0 } langs)
                {
                    var lang = (langs[0] as JsonMap)?.Get("@value") as string;
                    if (lang is null || !RdfDeserializer.IsWellFormedLanguage(lang)) throw JsonLdException.Of("invalid language-tagged string", lang);
                    reference["@language"] = lang;
                }
                if (clNode.Get(Rdf.Namespace + "direction") is List<object?> { Count: > 0 } dirs)
                {
                    var dir = (dirs[0] as JsonMap)?.Get("@value") as string;
                    if (dir is not ("ltr" or "rtl")) throw JsonLdException.Of("invalid base direction", dir);
                    reference["@direction"] = dir;
                }
            }
        }
    }

    private static string Id(Term t) => t switch
    {
        Iri i => i.Value,
        BlankNode b => "_:" + b.Label,
        _ => throw JsonLdException.Of("invalid RDF term", "a literal cannot be a subject, predicate or graph name"),
    };

    // §8.5 RDF to Object Conversion
    private JsonMap ToObject(Term term)
    {
        if (term is not Literal literal) return new JsonMap { ["@id"] = Id(term) };
        var result = new JsonMap();
        object? converted = null;
        string? type = null;
        var datatype = literal.Datatype.Value;
        if (options.UseNativeTypes)
        {
            if (datatype == Xsd.Namespace + "string") converted = literal.LexicalForm;
            else if (datatype == Xsd.Namespace + "boolean")
                converted = literal.LexicalForm switch { "true" or "1" => true, "false" or "0" => false, _ => null };
            else if (datatype == Xsd.Namespace + "integer" && IsXsdInteger(literal.LexicalForm)
                     && long.TryParse(literal.LexicalForm, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l))
                converted = l;
            else if (datatype == Xsd.Namespace + "double" && IsXsdDouble(literal.LexicalForm)
                     && double.TryParse(literal.LexicalForm, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d))
                converted = d;
            if (converted is null && datatype != Xsd.Namespace + "boolean" && datatype != Xsd.Namespace + "integer" && datatype != Xsd.Namespace + "double"
                && datatype != Xsd.Namespace + "string") { }
        }
        if (converted is null)
        {
            converted = literal.LexicalForm;
            if (!options.IsJsonLd10 && datatype == Rdf.Namespace + "JSON")
            {
                try { converted = Json.Parse(literal.LexicalForm); }
                catch (JsonLdException) { throw JsonLdException.Of("invalid JSON literal", literal.LexicalForm); }
                type = "@json";
            }
            else if (datatype.StartsWith(I18n, StringComparison.Ordinal) && options.RdfDirection == "i18n-datatype")
            {
                var fragment = datatype[I18n.Length..];
                var underscore = fragment.IndexOf('_');
                if (underscore > 0) result["@language"] = fragment[..underscore];
                result["@direction"] = fragment[(underscore + 1)..];
            }
            else if (literal.Language is not null) result["@language"] = literal.Language;
            else if (datatype != Xsd.Namespace + "string") type = datatype;
        }
        else if (datatype != Xsd.Namespace + "string" && converted is string) type = datatype;
        var value = new JsonMap { ["@value"] = converted };
        foreach (var (k, v) in result) value[k] = v;
        if (type is not null) value["@type"] = type;
        return value;
    }

    private static bool IsXsdInteger(string s) => s.Length > 0 && (s[0] is '+' or '-' ? s.Length > 1 && s.AsSpan(1).IndexOfAnyExceptInRange('0', '9') < 0 : s.AsSpan().IndexOfAnyExceptInRange('0', '9') < 0);

    private static bool IsXsdDouble(string s) =>
        System.Text.RegularExpressions.Regex.IsMatch(s, @"^(\+|-)?([0-9]+(\.[0-9]*)?|\.[0-9]+)([Ee](\+|-)?[0-9]+)?$|^(\+|-)?INF$|^NaN$");
}
