namespace Graph.IO.JsonLd;

/// <summary>
/// The JSON-LD 1.1 processing algorithms over the internal JSON representation (JSON-LD 1.1 API §9.1,
/// https://www.w3.org/TR/json-ld11-api/#the-jsonldprocessor-interface): expand, compact, flatten, toRdf, fromRdf.
/// </summary>
internal static class JsonLdProcessor
{
    /// <summary>Expands a parsed document; <paramref name="documentUrl"/> is its own URL (the base unless options override it).</summary>
    public static List<object?> Expand(object? document, string? documentUrl, JsonLdOptions options, string? contextUrl = null)
    {
        var baseIri = options.Base ?? documentUrl;
        var active = ActiveContext.Initial(baseIri, options);
        if (options.ExpandContext is not null)
        {
            var ctx = options.ExpandContext is JsonMap em && em.TryGetValue("@context", out var inner) ? inner : options.ExpandContext;
            active = ContextProcessor.Process(active, ctx, active.OriginalBaseUrl);
        }
        if (contextUrl is not null) active = ContextProcessor.Process(active, contextUrl, contextUrl);
        var expanded = new Expansion(options.Ordered).Expand(active, null, document, documentUrl ?? options.Base);
        if (expanded is JsonMap m && m.Count == 1 && m.TryGetValue("@graph", out var graph)) expanded = graph;
        return expanded switch
        {
            null => [],
            List<object?> l => l,
            _ => [expanded],
        };
    }

    /// <summary>Processes a context (a parsed <c>@context</c> value or a document holding one) into an active context.</summary>
    internal static ActiveContext ProcessContext(object? context, string? baseIri, JsonLdOptions options)
    {
        if (context is JsonMap m && m.TryGetValue("@context", out var inner)) context = inner;
        return ContextProcessor.Process(ActiveContext.Initial(baseIri, options), context, baseIri);
    }

    /// <summary>Compacts an expanded document against a context (§9.1 compact).</summary>
    public static JsonMap Compact(List<object?> expanded, object? context, string? documentUrl, JsonLdOptions options)
    {
        if (context is JsonMap cm && cm.TryGetValue("@context", out var inner)) context = inner;
        var active = ContextProcessor.Process(ActiveContext.Initial(options.Base ?? documentUrl, options), context, options.Base ?? documentUrl);
        if (!options.CompactToRelative) active.BaseIri = null;
        var compacted = new Compaction(options.CompactArrays, options.Ordered).Compact(active, null, expanded);
        JsonMap result;
        if (compacted is List<object?> list)
        {
            result = new JsonMap();
            if (list.Count > 0) result[IriCompaction.Compact(active, "@graph")!] = list;
        }
        else result = (JsonMap?)compacted ?? new JsonMap();
        var hasContext = context switch { null => false, JsonMap m => m.Count > 0, List<object?> l => l.Count > 0, _ => true };
        if (!hasContext) return result;
        var withContext = new JsonMap { ["@context"] = context };
        foreach (var (k, v) in result) withContext[k] = v;
        return withContext;
    }

    /// <summary>Flattens an expanded document (§7.1); with a context, compacts the result keeping a top-level <c>@graph</c>.</summary>
    public static object Flatten(List<object?> expanded, object? context, string? documentUrl, JsonLdOptions options)
    {
        var nodeMap = new NodeMap();
        nodeMap.Generate(Json.Clone(expanded));
        var defaultGraph = (JsonMap)nodeMap.Graphs["@default"]!;
        var graphNames = options.Ordered ? nodeMap.Graphs.SortedKeys() : [.. nodeMap.Graphs.Keys];
        foreach (var graphName in graphNames)
        {
            if (graphName == "@default") continue;
            if (defaultGraph.Get(graphName) is not JsonMap entry) defaultGraph[graphName] = entry = new JsonMap { ["@id"] = graphName };
            var nodes = (JsonMap)nodeMap.Graphs[graphName]!;
            entry["@graph"] = (options.Ordered ? nodes.SortedKeys() : [.. nodes.Keys])
                .Select(id => (JsonMap)nodes[id]!).Where(n => !(n.Count == 1 && n.Has("@id"))).Cast<object?>().ToList();
        }
        var flattened = (options.Ordered ? defaultGraph.SortedKeys() : [.. defaultGraph.Keys])
            .Select(id => (JsonMap)defaultGraph[id]!).Where(n => !(n.Count == 1 && n.Has("@id"))).Cast<object?>().ToList();
        if (context is null) return flattened;
        var compacted = Compact(flattened, context, documentUrl, options);
        var active = ProcessContext(context, options.Base ?? documentUrl, options);
        var graphKey = IriCompaction.Compact(active, "@graph")!;
        if (compacted.Has(graphKey)) return compacted;
        var result = new JsonMap();
        var graph = new List<object?>();
        var nodeEntries = new JsonMap();
        foreach (var (k, v) in compacted)
        {
            if (k == "@context") result[k] = v;
            else nodeEntries[k] = v;
        }
        if (nodeEntries.Count > 0) graph.Add(nodeEntries);
        result[graphKey] = graph;
        return result;
    }

    /// <summary>Deserializes a document to RDF (§8.1): expansion, node map generation, then quads into the sink.</summary>
    public static void ToRdf(object? document, string? documentUrl, JsonLdOptions options, IQuadSink sink, string blankNodePrefix = "", string? contextUrl = null)
    {
        var expanded = Expand(document, documentUrl, options, contextUrl);
        var nodeMap = new NodeMap();
        nodeMap.Generate(expanded);
        new RdfDeserializer(nodeMap, options, sink, blankNodePrefix).Run();
    }

    /// <summary>Serializes RDF as expanded JSON-LD (§8.4).</summary>
    public static List<object?> FromRdf(IEnumerable<Graph.Core.Terms.Quad> quads, JsonLdOptions options) => new RdfSerializer(options).Serialize(quads);
}
