namespace Graph.IO.JsonLd;

/// <summary>Value Expansion (JSON-LD 1.1 API §5.3, https://www.w3.org/TR/json-ld11-api/#value-expansion).</summary>
internal static class ValueExpansion
{
    public static JsonMap Expand(ActiveContext active, string activeProperty, object? value)
    {
        var def = active.Get(activeProperty);
        if (def?.Type == "@id" && value is string s) return new JsonMap { ["@id"] = IriExpansion.Expand(active, s, true, false) };
        if (def?.Type == "@vocab" && value is string v) return new JsonMap { ["@id"] = IriExpansion.Expand(active, v, true, true) };
        var result = new JsonMap { ["@value"] = value };
        if (def?.Type is { } type && type is not ("@id" or "@vocab" or "@none")) result["@type"] = type;
        else if (value is string)
        {
            var language = def is { HasLanguage: true } ? def.Language : active.DefaultLanguage;
            var direction = def is { HasDirection: true } ? def.Direction : active.DefaultDirection;
            if (language is not null) result["@language"] = language;
            if (direction is not null) result["@direction"] = direction;
        }
        return result;
    }
}
