namespace Graph.IO.JsonLd;

internal sealed partial class Expansion
{
    // §5.1.2 steps 13.5 to 13.14: a non-keyword entry.
    private void ExpandProperty(ActiveContext active, string key, string expandedProperty, object? value, string? baseUrl, JsonMap result)
    {
        var def = active.Get(key);
        object? expandedValue;
        if (def?.Type == "@json")
            expandedValue = new JsonMap { ["@value"] = value, ["@type"] = "@json" };
        else if (def is not null && def.HasContainer("@language") && value is JsonMap languageMap)
            expandedValue = ExpandLanguageMap(active, def, languageMap);
        else if (def is not null && (def.HasContainer("@index") || def.HasContainer("@type") || def.HasContainer("@id")) && value is JsonMap indexMap)
            expandedValue = ExpandIndexMap(active, key, def, indexMap, baseUrl);
        else
            expandedValue = Expand(active, key, value, baseUrl);

        if (expandedValue is null) return;
        if (def is not null && def.HasContainer("@list") && !(expandedValue is JsonMap lm && lm.Has("@list")))
            expandedValue = new JsonMap { ["@list"] = Json.AsList(expandedValue) };
        if (def is not null && def.HasContainer("@graph") && !def.HasContainer("@id") && !def.HasContainer("@index"))
            expandedValue = Json.AsList(expandedValue).Select(ev => (object?)new JsonMap { ["@graph"] = Json.AsList(ev) }).ToList();
        if (def is { Reverse: true })
        {
            if (result.Get("@reverse") is not JsonMap reverseMap) result["@reverse"] = reverseMap = new JsonMap();
            foreach (var item in Json.AsList(expandedValue))
            {
                if (item is JsonMap im && (im.Has("@value") || im.Has("@list"))) throw JsonLdException.Of("invalid reverse property value", key);
                AddValue(reverseMap, expandedProperty, item);
            }
        }
        else AddValue(result, expandedProperty, expandedValue);
    }

    private List<object?> ExpandLanguageMap(ActiveContext active, TermDefinition def, JsonMap value)
    {
        var expanded = new List<object?>();
        var direction = def.HasDirection ? def.Direction : active.DefaultDirection;
        foreach (var language in ordered ? value.SortedKeys() : [.. value.Keys])
        {
            foreach (var item in Json.AsList(value[language]))
            {
                if (item is null) continue;
                if (item is not string s) throw JsonLdException.Of("invalid language map value", Json.Serialize(item, false));
                var v = new JsonMap { ["@value"] = s };
                if (language != "@none" && IriExpansion.Expand(active, language, false, true) != "@none") v["@language"] = language.ToLowerInvariant();
                if (direction is not null) v["@direction"] = direction;
                expanded.Add(v);
            }
        }
        return expanded;
    }

    private List<object?> ExpandIndexMap(ActiveContext active, string key, TermDefinition def, JsonMap value, string? baseUrl)
    {
        var expanded = new List<object?>();
        var indexKey = def.Index ?? "@index";
        foreach (var index in ordered ? value.SortedKeys() : [.. value.Keys])
        {
            var indexValue = value[index];
            ActiveContext mapContext;
            if (def.HasContainer("@id") || def.HasContainer("@type")) mapContext = active.PreviousContext ?? active;
            else mapContext = active;
            if (def.HasContainer("@type") && mapContext.Get(index) is { HasContext: true } td)
                mapContext = ContextProcessor.Process(mapContext, td.Context, td.BaseUrl);
            else if (!def.HasContainer("@id") && !def.HasContainer("@type")) mapContext = active;

            var expandedIndex = IriExpansion.Expand(active, index, false, true);
            var items = Json.AsList(Expand(mapContext, key, Json.AsList(indexValue), baseUrl, fromMap: true));
            foreach (var it in items)
            {
                var item = it;
                if (def.HasContainer("@graph") && !(item is JsonMap gm && IsGraphObject(gm)))
                    item = new JsonMap { ["@graph"] = Json.AsList(item) };
                var itemMap = (JsonMap)item!;
                if (def.HasContainer("@index") && indexKey != "@index" && expandedIndex != "@none")
                {
                    var reExpanded = ValueExpansion.Expand(active, indexKey, index);
                    var expandedIndexKey = IriExpansion.Expand(active, indexKey, false, true)!;
                    var values = new List<object?> { reExpanded };
                    if (itemMap.TryGetValue(expandedIndexKey, out var existing)) values.AddRange(Json.AsList(existing));
                    itemMap[expandedIndexKey] = values;
                    if (itemMap.Has("@value")) throw JsonLdException.Of("invalid value object", key);
                }
                else if (def.HasContainer("@index") && !itemMap.Has("@index") && expandedIndex != "@none")
                    itemMap["@index"] = index;
                else if (def.HasContainer("@id") && !itemMap.Has("@id") && expandedIndex != "@none")
                    itemMap["@id"] = IriExpansion.Expand(active, index, true, false);
                else if (def.HasContainer("@type") && expandedIndex != "@none")
                {
                    var types = new List<object?> { expandedIndex };
                    if (itemMap.TryGetValue("@type", out var existing)) types.AddRange(Json.AsList(existing));
                    itemMap["@type"] = types;
                }
                expanded.Add(itemMap);
            }
        }
        return expanded;
    }

    internal static bool IsGraphObject(JsonMap m) => m.Has("@graph") && m.Keys.All(k => k is "@graph" or "@id" or "@index" or "@context");
}
