using Graph.Core.Iris;

namespace Graph.IO.JsonLd;

/// <summary>IRI Compaction (JSON-LD 1.1 API §6.2, https://www.w3.org/TR/json-ld11-api/#iri-compaction).</summary>
internal static class IriCompaction
{
    public static string? Compact(ActiveContext active, string? iri, object? value = null, bool vocab = true, bool reverse = false)
    {
        if (iri is null) return null;
        var inverse = active.GetInverse();
        if (vocab && inverse.Contains(iri))
        {
            var term = SelectTerm(active, inverse, iri, value, reverse);
            if (term is not null) return term;
        }
        if (vocab && active.Vocab is not null && iri.StartsWith(active.Vocab, StringComparison.Ordinal) && iri.Length > active.Vocab.Length)
        {
            var suffix = iri[active.Vocab.Length..];
            if (!active.Terms.ContainsKey(suffix)) return suffix;
        }
        string? compactIri = null;
        foreach (var (key, def) in active.Terms)
        {
            if (def.Iri is null || def.Iri == iri || !iri.StartsWith(def.Iri, StringComparison.Ordinal) || !def.Prefix) continue;
            var candidate = key + ":" + iri[def.Iri.Length..];
            var better = compactIri is null || candidate.Length < compactIri.Length
                || (candidate.Length == compactIri.Length && Json.CompareCodePoints(candidate, compactIri) < 0);
            if (better && (!active.Terms.TryGetValue(candidate, out var cd) || (cd.Iri == iri && value is null))) compactIri = candidate;
        }
        if (compactIri is not null) return compactIri;
        var colon = iri.IndexOf(':');
        if (colon > 0 && !iri.AsSpan(colon + 1).StartsWith("//") && active.Get(iri[..colon]) is { Prefix: true })
            throw JsonLdException.Of("IRI confused with prefix", iri);
        if (!vocab)
        {
            if (active.BaseIri is not null && active.Options.CompactToRelative) iri = IriRelativizer.Relativize(active.BaseIri, iri);
            if (Keywords.HasKeywordForm(iri)) iri = "./" + iri;
        }
        return iri;
    }

    private static string? SelectTerm(ActiveContext active, InverseContext inverse, string iri, object? value, bool reverse)
    {
        var defaultLanguage = active.DefaultDirection is not null
            ? ((active.DefaultLanguage ?? "") + "_" + active.DefaultDirection).ToLowerInvariant()
            : active.DefaultLanguage?.ToLowerInvariant() ?? "@none";
        var vm = value as JsonMap;
        if (vm is not null && vm.TryGetValue("@preserve", out var preserve)) { value = Json.AsList(preserve)[0]; vm = value as JsonMap; }
        var containers = new List<string>();
        var typeLanguage = "@language";
        string? typeLanguageValue = "@null";
        var isGraph = vm is not null && Expansion.IsGraphObject(vm);
        if (vm is not null && vm.Has("@index") && !isGraph) containers.AddRange(["@index", "@index@set"]);
        if (reverse)
        {
            typeLanguage = "@type";
            typeLanguageValue = "@reverse";
            containers.Add("@set");
        }
        else if (vm is not null && vm.TryGetValue("@list", out var listValue))
        {
            if (!vm.Has("@index")) containers.Add("@list");
            var list = Json.AsList(listValue);
            string? commonType = null;
            string? commonLanguage = list.Count == 0 ? defaultLanguage : null;
            foreach (var item in list)
            {
                var itemLanguage = "@none";
                var itemType = "@none";
                var im = item as JsonMap;
                if (im is not null && im.Has("@value"))
                {
                    if (im.TryGetValue("@direction", out var dir)) itemLanguage = ((im.Get("@language") as string ?? "") + "_" + dir).ToLowerInvariant();
                    else if (im.TryGetValue("@language", out var lang)) itemLanguage = ((string)lang!).ToLowerInvariant();
                    else if (im.TryGetValue("@type", out var t)) itemType = (string)t!;
                    else itemLanguage = "@null";
                }
                else itemType = "@id";
                if (commonLanguage is null) commonLanguage = itemLanguage;
                else if (itemLanguage != commonLanguage && im is not null && im.Has("@value")) commonLanguage = "@none";
                if (commonType is null) commonType = itemType;
                else if (itemType != commonType) commonType = "@none";
                if (commonLanguage == "@none" && commonType == "@none") break;
            }
            commonLanguage ??= "@none";
            commonType ??= "@none";
            if (commonType != "@none")
            {
                typeLanguage = "@type";
                typeLanguageValue = commonType;
            }
            else typeLanguageValue = commonLanguage;
        }
        else if (isGraph)
        {
            if (vm!.Has("@index")) containers.AddRange(["@graph@index", "@graph@index@set"]);
            if (vm.Has("@id")) containers.AddRange(["@graph@id", "@graph@id@set"]);
            containers.AddRange(["@graph", "@graph@set", "@set"]);
            if (!vm.Has("@index")) containers.AddRange(["@graph@index", "@graph@index@set"]);
            if (!vm.Has("@id")) containers.AddRange(["@graph@id", "@graph@id@set"]);
            containers.AddRange(["@index", "@index@set"]);
            typeLanguage = "@type";
            typeLanguageValue = "@id";
        }
        else
        {
            if (vm is not null && vm.Has("@value"))
            {
                if (vm.TryGetValue("@direction", out var dir) && !vm.Has("@index"))
                {
                    typeLanguageValue = ((vm.Get("@language") as string ?? "") + "_" + dir).ToLowerInvariant();
                    containers.AddRange(["@language", "@language@set"]);
                }
                else if (vm.TryGetValue("@language", out var lang) && !vm.Has("@index"))
                {
                    typeLanguageValue = ((string)lang!).ToLowerInvariant();
                    containers.AddRange(["@language", "@language@set"]);
                }
                else if (vm.TryGetValue("@type", out var t))
                {
                    typeLanguageValue = (string)t!;
                    typeLanguage = "@type";
                }
            }
            else
            {
                typeLanguage = "@type";
                typeLanguageValue = "@id";
                containers.AddRange(["@id", "@id@set", "@type", "@set@type"]);
            }
            containers.Add("@set");
        }
        containers.Add("@none");
        if (!active.IsJsonLd10 && (vm is null || !vm.Has("@index"))) containers.AddRange(["@index", "@index@set"]);
        if (!active.IsJsonLd10 && vm is not null && vm.Count == 1 && vm.Has("@value")) containers.AddRange(["@language", "@language@set"]);
        typeLanguageValue ??= "@null";

        var preferred = new List<string>();
        if (typeLanguageValue == "@reverse") preferred.Add("@reverse");
        if (typeLanguageValue is "@id" or "@reverse" && vm is not null && vm.Get("@id") is string id)
        {
            var compactedId = Compact(active, id);
            if (compactedId is not null && active.Get(compactedId) is { } cd && cd.Iri == id) preferred.AddRange(["@vocab", "@id", "@none"]);
            else preferred.AddRange(["@id", "@vocab", "@none"]);
        }
        else
        {
            preferred.AddRange([typeLanguageValue, "@none"]);
            if (vm is not null && vm.Get("@list") is List<object?> { Count: 0 }) typeLanguage = "@any";
        }
        preferred.Add("@any");
        foreach (var p in preferred.ToList())
        {
            var underscore = p.IndexOf('_');
            if (underscore >= 0) preferred.Add(p[underscore..]);
        }
        return inverse.SelectTerm(iri, containers, typeLanguage, preferred);
    }
}
