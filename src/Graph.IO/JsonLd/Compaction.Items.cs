namespace Graph.IO.JsonLd;

internal sealed partial class Compaction
{
    // §6.1.2 step 12.8: one item of an expanded property's array.
    private void CompactItem(ActiveContext active, string expandedProperty, object? expandedItem, bool insideReverse, JsonMap result)
    {
        var itemActiveProperty = IriCompaction.Compact(active, expandedProperty, expandedItem, true, insideReverse)!;
        var nestResult = NestResult(active, itemActiveProperty, result);
        var def = active.Get(itemActiveProperty);
        var container = def?.Container ?? [];
        var asArray = container.Contains("@set") || itemActiveProperty is "@graph" or "@list" || !compactArrays;
        var im = expandedItem as JsonMap;
        var isList = im is not null && im.Has("@list");
        var isGraph = im is not null && Expansion.IsGraphObject(im);
        var inner = isList ? im!["@list"] : isGraph ? im!["@graph"] : expandedItem;
        var compactedItem = Compact(active, itemActiveProperty, inner);

        if (isList)
        {
            compactedItem = Json.AsList(compactedItem);
            if (!container.Contains("@list"))
            {
                var listObject = new JsonMap { [IriCompaction.Compact(active, "@list")!] = compactedItem };
                if (im!.TryGetValue("@index", out var index)) listObject[IriCompaction.Compact(active, "@index")!] = index;
                AddValue(nestResult, itemActiveProperty, listObject, asArray);
            }
            else nestResult[itemActiveProperty] = compactedItem;
            return;
        }
        if (isGraph)
        {
            var simpleGraph = !im!.Has("@id");
            if (container.Contains("@graph") && container.Contains("@id"))
            {
                var mapObject = MapObject(nestResult, itemActiveProperty);
                var mapKey = im.TryGetValue("@id", out var gid) ? IriCompaction.Compact(active, (string?)gid, vocab: false)! : IriCompaction.Compact(active, "@none")!;
                AddValue(mapObject, mapKey, compactedItem, asArray);
            }
            else if (container.Contains("@graph") && container.Contains("@index") && simpleGraph)
            {
                var mapObject = MapObject(nestResult, itemActiveProperty);
                var mapKey = im.Get("@index") as string ?? "@none";
                AddValue(mapObject, mapKey, compactedItem, asArray);
            }
            else if (container.Contains("@graph") && simpleGraph)
            {
                if (compactedItem is List<object?> { Count: > 1 })
                    compactedItem = new JsonMap { [IriCompaction.Compact(active, "@included")!] = compactedItem };
                AddValue(nestResult, itemActiveProperty, compactedItem, asArray);
            }
            else
            {
                var graphObject = new JsonMap { [IriCompaction.Compact(active, "@graph")!] = compactedItem };
                if (im.TryGetValue("@id", out var gid)) graphObject[IriCompaction.Compact(active, "@id")!] = IriCompaction.Compact(active, (string?)gid, vocab: false);
                if (im.TryGetValue("@index", out var gidx)) graphObject[IriCompaction.Compact(active, "@index")!] = gidx;
                AddValue(nestResult, itemActiveProperty, graphObject, asArray);
            }
            return;
        }
        if (!container.Contains("@graph") && container.FirstOrDefault(c => c is "@language" or "@index" or "@id" or "@type") is { } kind)
        {
            var mapObject = MapObject(nestResult, itemActiveProperty);
            var containerKey = IriCompaction.Compact(active, container.Contains("@language") ? "@language" : container.Contains("@index") ? "@index" : container.Contains("@id") ? "@id" : "@type")!;
            var indexKey = def?.Index ?? "@index";
            string? mapKey = null;
            if (container.Contains("@language") && im is not null && im.Has("@value"))
            {
                compactedItem = im["@value"];
                mapKey = im.Get("@language") as string;
            }
            else if (container.Contains("@index") && indexKey == "@index") mapKey = im?.Get("@index") as string;
            else if (container.Contains("@index"))
            {
                // The index key itself when the item uses it (a term with a type mapping is not what IRI compaction picks without a value).
                containerKey = compactedItem is JsonMap ck && ck.Has(indexKey) ? indexKey : IriCompaction.Compact(active, IriExpansion.Expand(active, indexKey, false, true))!;
                mapKey = TakeFirst(compactedItem as JsonMap, containerKey);
            }
            else if (container.Contains("@id"))
            {
                if (compactedItem is JsonMap cm && cm.Remove(containerKey, out var idValue)) mapKey = idValue as string;
            }
            else if (container.Contains("@type"))
            {
                var cm = compactedItem as JsonMap;
                mapKey = TakeFirst(cm, containerKey);
                if (cm is not null && cm.Count == 1 && IriExpansion.Expand(active, cm.Keys.First(), false, true) == "@id")
                    compactedItem = Compact(active, itemActiveProperty, new JsonMap { ["@id"] = im!["@id"] });
            }
            _ = kind;
            mapKey ??= IriCompaction.Compact(active, "@none")!;
            AddValue(mapObject, mapKey, compactedItem, asArray);
            return;
        }
        AddValue(nestResult, itemActiveProperty, compactedItem, asArray);
    }

    private static JsonMap MapObject(JsonMap nestResult, string property)
    {
        if (nestResult.Get(property) is not JsonMap m) nestResult[property] = m = new JsonMap();
        return m;
    }

    // Takes the first value of key from the compacted item as the map key; the rest stay.
    private static string? TakeFirst(JsonMap? item, string key)
    {
        if (item is null || !item.TryGetValue(key, out var v)) return null;
        var list = Json.AsList(v);
        var first = list.Count > 0 ? list[0] as string : null;
        if (first is null && list.Count > 0) return null;
        var rest = list.Skip(1).ToList();
        item.Remove(key);
        if (rest.Count > 0) item[key] = rest.Count == 1 ? rest[0] : rest;
        return first;
    }
}
