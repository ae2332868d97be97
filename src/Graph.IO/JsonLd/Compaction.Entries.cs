namespace Graph.IO.JsonLd;

internal sealed partial class Compaction
{
    // §6.1.2 step 12
    private void CompactEntry(ActiveContext active, ActiveContext typeScoped, string? activeProperty, string expandedProperty, object? expandedValue,
        JsonMap element, bool insideReverse, JsonMap result)
    {
        switch (expandedProperty)
        {
            case "@id":
                result[IriCompaction.Compact(active, "@id")!] = expandedValue is string id ? IriCompaction.Compact(active, id, vocab: false) : expandedValue;
                return;
            case "@type":
            {
                object? compacted = expandedValue is string ts
                    ? IriCompaction.Compact(typeScoped, ts)
                    : Json.AsList(expandedValue).Select(t => (object?)IriCompaction.Compact(typeScoped, (string?)t)).ToList();
                var alias = IriCompaction.Compact(active, "@type")!;
                var asArray = (!active.IsJsonLd10 && active.Get(alias) is { } ad && ad.HasContainer("@set")) || !compactArrays;
                AddValue(result, alias, compacted, asArray);
                return;
            }
            case "@reverse":
            {
                var compacted = (JsonMap)Compact(active, "@reverse", expandedValue)!;
                foreach (var property in compacted.Keys.ToList())
                {
                    if (active.Get(property) is { Reverse: true } rd)
                    {
                        AddValue(result, property, compacted[property], rd.HasContainer("@set") || !compactArrays);
                        compacted.Remove(property);
                    }
                }
                if (compacted.Count > 0) result[IriCompaction.Compact(active, "@reverse")!] = compacted;
                return;
            }
            case "@preserve":
            {
                var compacted = Compact(active, activeProperty, expandedValue);
                if (!(expandedValue is List<object?> { Count: 0 })) result["@preserve"] = compacted;
                return;
            }
            case "@index" when active.Get(activeProperty) is { } pd && pd.HasContainer("@index"):
                return;
            case "@direction" or "@index" or "@language" or "@value":
                result[IriCompaction.Compact(active, expandedProperty)!] = expandedValue;
                return;
        }

        var values = (List<object?>)expandedValue!;
        if (values.Count == 0)
        {
            var itemActiveProperty = IriCompaction.Compact(active, expandedProperty, values, true, insideReverse)!;
            var nestResult = NestResult(active, itemActiveProperty, result);
            AddValue(nestResult, itemActiveProperty, new List<object?>(), true);
        }
        foreach (var expandedItem in values)
            CompactItem(active, expandedProperty, expandedItem, insideReverse, result);
    }

    private JsonMap NestResult(ActiveContext active, string itemActiveProperty, JsonMap result)
    {
        var nestTerm = active.Get(itemActiveProperty)?.Nest;
        if (nestTerm is null) return result;
        if (nestTerm != "@nest" && IriExpansion.Expand(active, nestTerm, false, true) != "@nest") throw JsonLdException.Of("invalid @nest value", nestTerm);
        if (result.Get(nestTerm) is not JsonMap nested) result[nestTerm] = nested = new JsonMap();
        return nested;
    }

    internal static void AddValue(JsonMap map, string key, object? value, bool asArray)
    {
        if (asArray && map.Get(key) is not List<object?> && !map.Has(key)) map[key] = new List<object?>();
        else if (asArray && map.Get(key) is not List<object?>) map[key] = new List<object?> { map[key] };
        if (value is List<object?> values)
        {
            foreach (var v in values) AddValue(map, key, v, asArray);
            return;
        }
        if (!map.TryGetValue(key, out var existing)) map[key] = value;
        else if (existing is List<object?> list) list.Add(value);
        else map[key] = new List<object?> { existing, value };
    }
}
