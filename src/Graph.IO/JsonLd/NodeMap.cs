namespace Graph.IO.JsonLd;

/// <summary>
/// Node Map Generation (JSON-LD 1.1 API §7.2) with blank node relabelling (§7.4):
/// graph name → node id → node object. https://www.w3.org/TR/json-ld11-api/#node-map-generation
/// </summary>
internal sealed class NodeMap
{
    private readonly Dictionary<string, string> _identifierMap = new(StringComparer.Ordinal);
    private int _counter;

    public JsonMap Graphs { get; } = new() { ["@default"] = new JsonMap() };

    // §7.4 Generate Blank Node Identifier
    public string GenerateBlankNodeId(string? identifier)
    {
        if (identifier is not null && _identifierMap.TryGetValue(identifier, out var mapped)) return mapped;
        var id = "_:b" + _counter++.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (identifier is not null) _identifierMap[identifier] = id;
        return id;
    }

    public void Generate(object? element, string activeGraph = "@default", object? activeSubject = null, string? activeProperty = null, JsonMap? list = null)
    {
        if (element is List<object?> array)
        {
            foreach (var item in array) Generate(item, activeGraph, activeSubject, activeProperty, list);
            return;
        }
        // Expansion drops nulls, but a value it could not expand (found by fuzz/) may still leave one: it names nothing.
        if (element is not JsonMap map) return;
        if (Graphs.Get(activeGraph) is not JsonMap graph) Graphs[activeGraph] = graph = new JsonMap();
        var subjectNode = activeSubject is string s ? (JsonMap?)graph.Get(s) : null;
        if (map.TryGetValue("@type", out var types))
        {
            var relabelled = Json.AsList(types).Select(t => t is string ts && ts.StartsWith("_:", StringComparison.Ordinal) ? GenerateBlankNodeId(ts) : t).ToList();
            map["@type"] = types is List<object?> ? relabelled : relabelled[0];
        }
        // A value or list straight inside a graph object (a graph container's value, found by fuzz/) has no subject
        // and no property to hang on: like a free-floating value at the top, it makes no statement.
        var orphan = list is null && (subjectNode is null || activeProperty is null);
        if (map.Has("@value"))
        {
            if (list is not null) ((List<object?>)list["@list"]!).Add(map);
            else if (!orphan) AddUnique(subjectNode!, activeProperty!, map);
            return;
        }
        if (map.TryGetValue("@list", out var listValue))
        {
            if (orphan) return;
            var result = new JsonMap { ["@list"] = new List<object?>() };
            Generate(listValue, activeGraph, activeSubject, activeProperty, result);
            if (list is null) ((List<object?>)subjectNode![activeProperty!]!).Add(result);
            else ((List<object?>)list["@list"]!).Add(result);
            return;
        }
        GenerateNode(map, graph, subjectNode, activeGraph, activeSubject, activeProperty, list);
    }

    private void GenerateNode(JsonMap element, JsonMap graph, JsonMap? subjectNode, string activeGraph, object? activeSubject, string? activeProperty, JsonMap? list)
    {
        string id;
        if (element.Remove("@id", out var idValue))
        {
            // A null @id (an IRI that expanded to nothing) names no resource: "@null" is never well-formed, so toRdf drops it.
            id = idValue as string ?? "@null";
            if (id.StartsWith("_:", StringComparison.Ordinal)) id = GenerateBlankNodeId(id);
        }
        else id = GenerateBlankNodeId(null);
        if (graph.Get(id) is not JsonMap node) graph[id] = node = new JsonMap { ["@id"] = id };

        if (activeSubject is JsonMap reverseSubject) AddUnique(node, activeProperty!, reverseSubject);
        else if (activeProperty is not null)
        {
            var reference = new JsonMap { ["@id"] = id };
            if (list is null) AddUnique(subjectNode!, activeProperty, reference);
            else ((List<object?>)list["@list"]!).Add(reference);
        }
        if (element.Remove("@type", out var types))
        {
            if (node.Get("@type") is not List<object?> nodeTypes) node["@type"] = nodeTypes = [];
            foreach (var t in Json.AsList(types)) if (!nodeTypes.Contains(t)) nodeTypes.Add(t);
        }
        if (element.Remove("@index", out var index))
        {
            if (node.TryGetValue("@index", out var existing) && !Json.DeepEquals(existing, index)) throw JsonLdException.Of("conflicting indexes", id);
            node["@index"] = index;
        }
        if (element.Remove("@reverse", out var reverse))
        {
            var referenced = new JsonMap { ["@id"] = id };
            foreach (var (property, values) in (JsonMap)reverse!)
                foreach (var value in Json.AsList(values)) Generate(value, activeGraph, referenced, property);
        }
        if (element.Remove("@graph", out var graphValue)) Generate(graphValue, id);
        if (element.Remove("@included", out var included)) Generate(included, activeGraph);
        foreach (var property in element.SortedKeys())
        {
            // A keyword left on a node object (e.g. "@direction" without "@value") is no property: toRdf has nothing to
            // make of it, and its value need not be a node or value object (found by fuzz/).
            if (Keywords.IsKeyword(property)) continue;
            var value = element[property];
            var p = property.StartsWith("_:", StringComparison.Ordinal) ? GenerateBlankNodeId(property) : property;
            if (!node.Has(p)) node[p] = new List<object?>();
            Generate(value, activeGraph, id, p);
        }
    }

    private static void AddUnique(JsonMap node, string property, JsonMap value)
    {
        if (node.Get(property) is not List<object?> values) node[property] = values = [];
        foreach (var v in values) if (Json.DeepEquals(v, value)) return;
        values.Add(value);
    }

    /// <summary>§7.3 Merge Node Maps: one node per id across all graphs.</summary>
    public JsonMap Merge()
    {
        var result = new JsonMap();
        foreach (var (_, g) in Graphs)
        {
            foreach (var (id, n) in (JsonMap)g!)
            {
                if (result.Get(id) is not JsonMap merged) result[id] = merged = new JsonMap { ["@id"] = id };
                foreach (var (property, values) in (JsonMap)n!)
                {
                    if (Keywords.IsKeyword(property) && property != "@type") merged[property] = Json.Clone(values);
                    else
                    {
                        if (merged.Get(property) is not List<object?> existing) merged[property] = existing = [];
                        foreach (var v in Json.AsList(values)) if (!existing.Any(e => Json.DeepEquals(e, v))) existing.Add(Json.Clone(v));
                    }
                }
            }
        }
        return result;
    }
}
