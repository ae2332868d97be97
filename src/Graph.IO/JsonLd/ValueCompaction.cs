namespace Graph.IO.JsonLd;

/// <summary>Value Compaction (JSON-LD 1.1 API §6.3, https://www.w3.org/TR/json-ld11-api/#value-compaction).</summary>
internal static class ValueCompaction
{
    public static object? Compact(ActiveContext active, string? activeProperty, JsonMap value)
    {
        object? result = value;
        var def = active.Get(activeProperty);
        var language = def is { HasLanguage: true } ? def.Language : active.DefaultLanguage;
        var direction = def is { HasDirection: true } ? def.Direction : active.DefaultDirection;
        var hasIndexContainer = def is not null && def.HasContainer("@index");
        var indexOk = !value.Has("@index") || hasIndexContainer;
        if (value.TryGetValue("@id", out var id) && value.Keys.All(k => k is "@id" or "@index"))
        {
            if (def?.Type == "@id") result = IriCompaction.Compact(active, (string?)id, vocab: false);
            else if (def?.Type == "@vocab") result = IriCompaction.Compact(active, (string?)id);
        }
        else if (value.TryGetValue("@type", out var type) && def?.Type is { } tm && Equals(type, tm))
            result = value["@value"];
        else if (def?.Type == "@none" || value.Has("@type"))
        {
            if (value.TryGetValue("@type", out var t))
            {
                var copy = new JsonMap();
                foreach (var (k, v) in value) copy[k] = v;
                copy["@type"] = t is List<object?> tl ? tl.Select(x => (object?)IriCompaction.Compact(active, (string?)x)).ToList() : IriCompaction.Compact(active, (string?)t);
                result = copy;
            }
        }
        else if (value.Get("@value") is not string)
        {
            if (indexOk && value.Has("@value")) result = value["@value"];
        }
        else if (LanguageMatches(value.Get("@language") as string, language) && Equals(value.Get("@direction") as string, direction))
        {
            if (indexOk) result = value["@value"];
        }
        if (result is JsonMap rm)
        {
            var compacted = new JsonMap();
            foreach (var (k, v) in rm) compacted[IriCompaction.Compact(active, k)!] = v;
            return compacted;
        }
        return result;
    }

    private static bool LanguageMatches(string? a, string? b) =>
        a is null ? b is null : b is not null && string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
