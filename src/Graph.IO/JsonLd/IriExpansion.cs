using Graph.Core.Iris;

namespace Graph.IO.JsonLd;

/// <summary>IRI Expansion (JSON-LD 1.1 API §5.2, https://www.w3.org/TR/json-ld11-api/#iri-expansion).</summary>
internal static class IriExpansion
{
    public static string? Expand(ActiveContext active, string? value, bool documentRelative = false, bool vocab = false,
        JsonMap? local = null, Dictionary<string, bool>? defined = null)
    {
        if (value is null || Keywords.IsKeyword(value)) return value;
        if (Keywords.HasKeywordForm(value)) return null;
        if (local is not null && local.Has(value) && !(defined!.TryGetValue(value, out var d) && d))
            ContextProcessor.CreateTermDefinition(active, local, value, defined);
        var def = active.Get(value);
        if (def is not null && Keywords.IsKeyword(def.Iri)) return def.Iri;
        if (vocab && active.Terms.ContainsKey(value)) return def!.Iri;

        var colon = value.Length > 1 ? value.IndexOf(':', 1) : -1;
        if (colon > 0)
        {
            var prefix = value[..colon];
            var suffix = value[(colon + 1)..];
            if (prefix == "_" || suffix.StartsWith("//", StringComparison.Ordinal)) return value;
            if (local is not null && local.Has(prefix) && !(defined!.TryGetValue(prefix, out var pd) && pd))
                ContextProcessor.CreateTermDefinition(active, local, prefix, defined);
            if (active.Get(prefix) is { Iri: not null, Prefix: true } prefixDef) return prefixDef.Iri + suffix;
            if (IriResolver.IsAbsolute(value)) return value;
        }
        if (vocab && active.Vocab is not null) return active.Vocab + value;
        if (documentRelative) return Resolve(active.BaseIri, value);
        return value;
    }

    private static string Resolve(string? baseIri, string value)
    {
        if (baseIri is null) return value;
        return IriResolver.Resolve(baseIri, value);
    }
}
