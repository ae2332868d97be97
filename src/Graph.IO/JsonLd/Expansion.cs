namespace Graph.IO.JsonLd;

/// <summary>The Expansion Algorithm (JSON-LD 1.1 API §5.1, https://www.w3.org/TR/json-ld11-api/#expansion-algorithm).</summary>
internal sealed partial class Expansion(bool ordered)
{
    public object? Expand(ActiveContext active, string? activeProperty, object? element, string? baseUrl, bool fromMap = false)
    {
        if (element is null) return null;
        var propertyDef = active.Get(activeProperty);
        var propertyScoped = propertyDef is { HasContext: true } ? propertyDef.Context : null;
        var hasPropertyScoped = propertyDef is { HasContext: true };

        if (Json.IsScalar(element))
        {
            if (activeProperty is null or "@graph") return null;
            if (hasPropertyScoped) active = ContextProcessor.Process(active, propertyScoped, propertyDef!.BaseUrl);
            return ValueExpansion.Expand(active, activeProperty, element);
        }
        if (element is List<object?> array)
        {
            var result = new List<object?>();
            foreach (var item in array)
            {
                var expanded = Expand(active, activeProperty, item, baseUrl, fromMap);
                if (propertyDef is not null && propertyDef.HasContainer("@list") && expanded is List<object?> inner)
                    expanded = new JsonMap { ["@list"] = inner };
                if (expanded is List<object?> l) result.AddRange(l);
                else if (expanded is not null) result.Add(expanded);
            }
            return result;
        }
        var map = (JsonMap)element;

        if (active.PreviousContext is not null && !fromMap && !RevertsPreviousContextExempt(active, map))
            active = active.PreviousContext;
        if (hasPropertyScoped)
            active = ContextProcessor.Process(active, propertyScoped, propertyDef!.BaseUrl, overrideProtected: true);
        if (map.TryGetValue("@context", out var localContext))
            active = ContextProcessor.Process(active, localContext, baseUrl);

        var typeScoped = active;
        string? inputType = null;
        foreach (var key in map.SortedKeys())
        {
            if (IriExpansion.Expand(active, key, false, true) != "@type") continue;
            var types = Json.AsList(map[key]).OfType<string>().ToList();
            types.Sort(Json.CompareCodePoints);
            foreach (var t in types)
                if (typeScoped.Get(t) is { HasContext: true } td)
                    active = ContextProcessor.Process(active, td.Context, td.BaseUrl, propagate: false);
        }
        foreach (var key in map.SortedKeys())
        {
            if (IriExpansion.Expand(active, key, false, true) != "@type") continue;
            if (Json.AsList(map[key]) is { Count: > 0 } tl && tl[^1] is string last)
                inputType = IriExpansion.Expand(active, last, false, true);
            break;
        }

        var output = new JsonMap();
        ExpandEntries(active, typeScoped, activeProperty, map, baseUrl, inputType, output);
        return Finish(output, activeProperty);
    }

    // Step 7: a value object or a node reference keeps the type-scoped context in force.
    private static bool RevertsPreviousContextExempt(ActiveContext active, JsonMap map)
    {
        var onlyId = map.Count == 1;
        foreach (var key in map.Keys)
        {
            var e = IriExpansion.Expand(active, key, false, true);
            if (e == "@value") return true;
            if (onlyId && e == "@id") return true;
        }
        return false;
    }

    private static object? Finish(JsonMap result, string? activeProperty)
    {
        object? r = result;
        if (result.TryGetValue("@value", out var value))
        {
            foreach (var k in result.Keys)
                if (k is not ("@direction" or "@index" or "@language" or "@type" or "@value")) throw JsonLdException.Of("invalid value object", k);
            if (result.Has("@type") && (result.Has("@language") || result.Has("@direction"))) throw JsonLdException.Of("invalid value object");
            var type = result.Get("@type");
            if (type is "@json") { }
            else if (value is null || value is List<object?> { Count: 0 }) return null;
            else if (value is not string && result.Has("@language")) throw JsonLdException.Of("invalid language-tagged value");
            else if (result.Has("@type") && (type is not string ts || !ContextProcessor.IsWellFormedIri(ts)))
                throw JsonLdException.Of("invalid typed value");
        }
        else if (result.TryGetValue("@type", out var t))
        {
            if (t is not List<object?>) result["@type"] = new List<object?> { t };
        }
        else if (result.Has("@set") || result.Has("@list"))
        {
            if (result.Count > 2 || (result.Count == 2 && !result.Has("@index"))) throw JsonLdException.Of("invalid set or list object");
            if (result.TryGetValue("@set", out var set)) r = set;
        }
        if (r is JsonMap rm && rm.Count == 1 && rm.Has("@language")) return null;
        if (activeProperty is null or "@graph" && r is JsonMap fm)
        {
            if (fm.Count == 0 || fm.Has("@value") || fm.Has("@list")) return null;
            if (fm.Count == 1 && fm.Has("@id")) return null;
        }
        return r;
    }

    /// <summary>Adds a value to an entry, as an array (the spec's "add value" with as array = true).</summary>
    internal static void AddValue(JsonMap map, string key, object? value, bool asArray = true)
    {
        if (value is List<object?> values)
        {
            if (values.Count == 0 && asArray && !map.Has(key)) map[key] = new List<object?>();
            foreach (var v in values) AddValue(map, key, v, asArray);
            return;
        }
        if (!map.TryGetValue(key, out var existing))
        {
            map[key] = asArray ? new List<object?> { value } : value;
            return;
        }
        if (existing is not List<object?> list) map[key] = list = [existing];
        list.Add(value);
    }
}
