namespace Graph.IO.JsonLd;

internal sealed partial class Expansion
{
    // §5.1.2 steps 13 and 14: expand each entry of a map into result, then the nested entries.
    private void ExpandEntries(ActiveContext active, ActiveContext typeScoped, string? activeProperty, JsonMap element, string? baseUrl,
        string? inputType, JsonMap result)
    {
        var nests = new List<string>();
        var keys = ordered ? element.SortedKeys() : [.. element.Keys];
        foreach (var key in keys)
        {
            var value = element[key];
            if (key == "@context") continue;
            var expandedProperty = IriExpansion.Expand(active, key, false, true);
            if (expandedProperty is null || (!expandedProperty.Contains(':') && !Keywords.IsKeyword(expandedProperty))) continue;
            if (Keywords.IsKeyword(expandedProperty))
            {
                if (activeProperty == "@reverse") throw JsonLdException.Of("invalid reverse property map", key);
                if (result.Has(expandedProperty) && (active.IsJsonLd10 || expandedProperty is not ("@included" or "@type")))
                    throw JsonLdException.Of("colliding keywords", expandedProperty);
                if (expandedProperty == "@nest")
                {
                    nests.Add(key);
                    continue;
                }
                ExpandKeyword(active, typeScoped, activeProperty, expandedProperty, value, baseUrl, inputType, result);
                continue;
            }
            ExpandProperty(active, key, expandedProperty, value, baseUrl, result);
        }

        if (ordered) nests.Sort(Json.CompareCodePoints);
        foreach (var nestingKey in nests)
        {
            foreach (var nestedValue in Json.AsList(element[nestingKey]))
            {
                if (nestedValue is not JsonMap nested || nested.Keys.Any(k => IriExpansion.Expand(active, k, false, true) == "@value"))
                    throw JsonLdException.Of("invalid @nest value", nestingKey);
                var nestContext = active;
                if (active.Get(nestingKey) is { HasContext: true } nd)
                    nestContext = ContextProcessor.Process(active, nd.Context, nd.BaseUrl, overrideProtected: true);
                ExpandEntries(nestContext, typeScoped, nestingKey, nested, baseUrl, inputType, result);
            }
        }
    }

    private void ExpandKeyword(ActiveContext active, ActiveContext typeScoped, string? activeProperty, string expandedProperty, object? value,
        string? baseUrl, string? inputType, JsonMap result)
    {
        object? expandedValue;
        switch (expandedProperty)
        {
            case "@id":
                if (value is not string id) throw JsonLdException.Of("invalid @id value", Json.Serialize(value, false));
                expandedValue = IriExpansion.Expand(active, id, true, false);
                break;
            case "@type":
                if (value is not string && !(value is List<object?> tl && tl.All(t => t is string))) throw JsonLdException.Of("invalid type value", Json.Serialize(value, false));
                expandedValue = value is string ts
                    ? IriExpansion.Expand(typeScoped, ts, true, true)
                    : ((List<object?>)value).Select(t => (object?)IriExpansion.Expand(typeScoped, (string)t!, true, true)).ToList();
                if (result.TryGetValue("@type", out var existing))
                {
                    var merged = new List<object?>(Json.AsList(existing));
                    merged.AddRange(Json.AsList(expandedValue));
                    expandedValue = merged;
                }
                break;
            case "@graph":
                expandedValue = Json.AsList(Expand(active, "@graph", value, baseUrl));
                break;
            case "@included":
                if (active.IsJsonLd10) return;
                var included = Json.AsList(Expand(active, null, value, baseUrl));
                foreach (var item in included)
                    if (item is not JsonMap im || im.Has("@value") || im.Has("@list") || im.Has("@set")) throw JsonLdException.Of("invalid @included value");
                if (result.TryGetValue("@included", out var prevIncluded))
                {
                    var merged = new List<object?>(Json.AsList(prevIncluded));
                    merged.AddRange(included);
                    included = merged;
                }
                expandedValue = included;
                break;
            case "@value":
                if (inputType == "@json")
                {
                    if (active.IsJsonLd10) throw JsonLdException.Of("invalid value object value");
                    expandedValue = value;
                }
                else if (value is not null && !Json.IsScalar(value)) throw JsonLdException.Of("invalid value object value", Json.Serialize(value, false));
                else expandedValue = value;
                if (expandedValue is null)
                {
                    result["@value"] = null;
                    return;
                }
                break;
            case "@language":
                if (value is not string lang) throw JsonLdException.Of("invalid language-tagged string", Json.Serialize(value, false));
                expandedValue = lang.ToLowerInvariant();
                break;
            case "@direction":
                if (active.IsJsonLd10) return;
                if (value is not ("ltr" or "rtl")) throw JsonLdException.Of("invalid base direction", Json.Serialize(value, false));
                expandedValue = value;
                break;
            case "@index":
                if (value is not string) throw JsonLdException.Of("invalid @index value", Json.Serialize(value, false));
                expandedValue = value;
                break;
            case "@list":
                if (activeProperty is null or "@graph") return;
                expandedValue = Json.AsList(Expand(active, activeProperty, value, baseUrl));
                break;
            case "@set":
                expandedValue = Expand(active, activeProperty, value, baseUrl);
                break;
            case "@reverse":
                if (value is not JsonMap) throw JsonLdException.Of("invalid @reverse value");
                var expandedReverse = (JsonMap)Expand(active, "@reverse", value, baseUrl)!;
                if (expandedReverse.TryGetValue("@reverse", out var doubleReversed))
                    foreach (var (property, items) in (JsonMap)doubleReversed!) AddValue(result, property, items);
                if (expandedReverse.Keys.Any(k => k != "@reverse"))
                {
                    if (result.Get("@reverse") is not JsonMap reverseMap) result["@reverse"] = reverseMap = new JsonMap();
                    foreach (var (property, items) in expandedReverse)
                    {
                        if (property == "@reverse") continue;
                        foreach (var item in Json.AsList(items))
                        {
                            if (item is JsonMap rm && (rm.Has("@value") || rm.Has("@list"))) throw JsonLdException.Of("invalid reverse property value");
                            AddValue(reverseMap, property, item);
                        }
                    }
                }
                return;
            default:
                // Framing keywords are not supported; other keywords (@context handled earlier) carry no data.
                return;
        }
        // §13.4.16: only a null @value (outside @json) is dropped; a null @id or @type is kept.
        result[expandedProperty] = expandedValue;
    }
}
