namespace Graph.IO.JsonLd;

/// <summary>The Compaction Algorithm (JSON-LD 1.1 API §6.1, https://www.w3.org/TR/json-ld11-api/#compaction-algorithm).</summary>
internal sealed partial class Compaction(bool compactArrays, bool ordered)
{
    public object? Compact(ActiveContext active, string? activeProperty, object? element)
    {
        var typeScoped = active;
        if (element is null || Json.IsScalar(element)) return element;
        if (element is List<object?> array)
        {
            var items = new List<object?>();
            foreach (var item in array)
            {
                var c = Compact(active, activeProperty, item);
                if (c is not null) items.Add(c);
            }
            var pd = active.Get(activeProperty);
            if (items.Count != 1 || !compactArrays || activeProperty is "@graph" or "@set" || (pd is not null && (pd.HasContainer("@list") || pd.HasContainer("@set"))))
                return items;
            return items[0];
        }
        var map = (JsonMap)element;
        if (active.PreviousContext is not null && !map.Has("@value") && !(map.Count == 1 && map.Has("@id")))
            active = active.PreviousContext;
        var propertyDef = typeScoped.Get(activeProperty);
        if (propertyDef is { HasContext: true })
            active = ContextProcessor.Process(active, propertyDef.Context, propertyDef.BaseUrl, overrideProtected: true);
        if (map.Has("@value") || map.Has("@id"))
        {
            var compactedValue = ValueCompaction.Compact(active, activeProperty, map);
            if (Json.IsScalar(compactedValue) || active.Get(activeProperty)?.Type == "@json") return compactedValue;
        }
        if (map.TryGetValue("@list", out var listValue) && active.Get(activeProperty) is { } ld && ld.HasContainer("@list"))
            return Compact(active, activeProperty, listValue);

        var insideReverse = activeProperty == "@reverse";
        var result = new JsonMap();
        if (map.TryGetValue("@type", out var types))
        {
            var compactedTypes = Json.AsList(types).Select(t => IriCompaction.Compact(active, (string?)t)!).ToList();
            compactedTypes.Sort(Json.CompareCodePoints);
            foreach (var term in compactedTypes)
                if (typeScoped.Get(term) is { HasContext: true } td)
                    active = ContextProcessor.Process(active, td.Context, td.BaseUrl, propagate: false);
        }
        var keys = ordered ? map.SortedKeys() : [.. map.Keys];
        foreach (var expandedProperty in keys)
            CompactEntry(active, typeScoped, activeProperty, expandedProperty, map[expandedProperty], map, insideReverse, result);
        return result;
    }
}
