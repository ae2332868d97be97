namespace Graph.IO.JsonLd;

/// <summary>
/// Inverse context (JSON-LD 1.1 API §4.3): IRI → container → (@language | @type | @any) → value → term, and Term
/// Selection (§4.4). https://www.w3.org/TR/json-ld11-api/#inverse-context-creation
/// </summary>
internal sealed class InverseContext
{
    private readonly Dictionary<string, Dictionary<string, Dictionary<string, Dictionary<string, string>>>> _entries = new(StringComparer.Ordinal);

    public bool Contains(string iri) => _entries.ContainsKey(iri);

    public static InverseContext Create(ActiveContext active)
    {
        var result = new InverseContext();
        var defaultLanguage = active.DefaultLanguage?.ToLowerInvariant() ?? "@none";
        if (active.DefaultDirection is not null) defaultLanguage = (active.DefaultLanguage?.ToLowerInvariant() ?? "") + "_" + active.DefaultDirection;
        var terms = active.Terms.Keys.ToList();
        terms.Sort((a, b) => a.Length != b.Length ? a.Length.CompareTo(b.Length) : Json.CompareCodePoints(a, b));
        foreach (var term in terms)
        {
            var def = active.Terms[term];
            if (def.Iri is null) continue;
            var container = def.Container is { Count: > 0 } c ? string.Concat(c) : "@none";
            if (!result._entries.TryGetValue(def.Iri, out var containerMap)) result._entries[def.Iri] = containerMap = new(StringComparer.Ordinal);
            if (!containerMap.TryGetValue(container, out var typeLanguage))
            {
                containerMap[container] = typeLanguage = new(StringComparer.Ordinal)
                {
                    ["@language"] = new(StringComparer.Ordinal),
                    ["@type"] = new(StringComparer.Ordinal),
                    ["@any"] = new(StringComparer.Ordinal) { ["@none"] = term },
                };
            }
            var typeMap = typeLanguage["@type"];
            var languageMap = typeLanguage["@language"];
            if (def.Reverse) typeMap.TryAdd("@reverse", term);
            else if (def.Type == "@none")
            {
                languageMap.TryAdd("@any", term);
                typeMap.TryAdd("@any", term);
            }
            else if (def.Type is not null) typeMap.TryAdd(def.Type, term);
            else if (def.HasLanguage && def.HasDirection)
            {
                var langDir = def.Language is not null && def.Direction is not null ? (def.Language + "_" + def.Direction).ToLowerInvariant()
                    : def.Language is not null ? def.Language.ToLowerInvariant()
                    : def.Direction is not null ? "_" + def.Direction
                    : "@null";
                languageMap.TryAdd(langDir, term);
            }
            else if (def.HasLanguage) languageMap.TryAdd(def.Language?.ToLowerInvariant() ?? "@null", term);
            else if (def.HasDirection) languageMap.TryAdd(def.Direction is null ? "@none" : "_" + def.Direction, term);
            else
            {
                languageMap.TryAdd(defaultLanguage, term);
                languageMap.TryAdd("@none", term);
                typeMap.TryAdd("@none", term);
            }
        }
        return result;
    }

    // §4.4 Term Selection
    public string? SelectTerm(string iri, List<string> containers, string typeLanguage, List<string> preferredValues)
    {
        if (!_entries.TryGetValue(iri, out var containerMap)) return null;
        foreach (var container in containers)
        {
            if (!containerMap.TryGetValue(container, out var typeLanguageMap)) continue;
            var valueMap = typeLanguageMap[typeLanguage];
            foreach (var item in preferredValues)
                if (valueMap.TryGetValue(item, out var term)) return term;
        }
        return null;
    }
}
