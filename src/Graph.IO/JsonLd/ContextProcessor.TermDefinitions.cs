using Graph.Core.Iris;

namespace Graph.IO.JsonLd;

internal static partial class ContextProcessor
{
    private static readonly HashSet<string> s_termEntries =
        ["@id", "@reverse", "@container", "@context", "@direction", "@index", "@language", "@nest", "@prefix", "@protected", "@type"];

    // §4.2 Create Term Definition
    public static void CreateTermDefinition(ActiveContext active, JsonMap local, string term, Dictionary<string, bool> defined,
        string? baseUrl = null, bool protectedDefault = false, bool overrideProtected = false, List<string>? remoteContexts = null,
        bool validateScopedContext = true)
    {
        if (defined.TryGetValue(term, out var done))
        {
            if (done) return;
            throw JsonLdException.Of("cyclic IRI mapping", term);
        }
        if (term.Length == 0) throw JsonLdException.Of("invalid term definition", "empty term");
        defined[term] = false;
        var value = Json.Clone(local.Get(term));

        if (term == "@type")
        {
            if (active.IsJsonLd10) throw JsonLdException.Of("keyword redefinition", term);
            if (value is not JsonMap tm || tm.Count == 0 || tm.Keys.Any(k => k is not ("@container" or "@protected"))
                || (tm.TryGetValue("@container", out var c) && c is not "@set"))
                throw JsonLdException.Of("keyword redefinition", term);
        }
        else if (Keywords.IsKeyword(term)) throw JsonLdException.Of("keyword redefinition", term);
        else if (Keywords.HasKeywordForm(term)) { defined[term] = true; return; }

        active.Terms.Remove(term, out var previous);
        JsonMap map;
        var simpleTerm = false;
        switch (value)
        {
            case null: map = new JsonMap { ["@id"] = null }; break;
            case string s: map = new JsonMap { ["@id"] = s }; simpleTerm = true; break;
            case JsonMap m: map = m; break;
            default: throw JsonLdException.Of("invalid term definition", term);
        }
        var def = new TermDefinition { Protected = protectedDefault };
        if (map.TryGetValue("@protected", out var prot))
        {
            if (active.IsJsonLd10) throw JsonLdException.Of("invalid term definition", term);
            def.Protected = prot is bool pb ? pb : throw JsonLdException.Of("invalid @protected value", term);
        }
        if (map.TryGetValue("@type", out var typeValue))
        {
            if (typeValue is not string type) throw JsonLdException.Of("invalid type mapping", term);
            type = IriExpansion.Expand(active, type, false, true, local, defined) ?? throw JsonLdException.Of("invalid type mapping", term);
            if (type is "@json" or "@none" && active.IsJsonLd10) throw JsonLdException.Of("invalid type mapping", term);
            if (type is not ("@id" or "@json" or "@none" or "@vocab") && !IsAbsoluteIri(type)) throw JsonLdException.Of("invalid type mapping", type);
            def.Type = type;
        }

        if (map.TryGetValue("@reverse", out var reverse))
        {
            if (map.Has("@id") || map.Has("@nest")) throw JsonLdException.Of("invalid reverse property", term);
            if (reverse is not string rs) throw JsonLdException.Of("invalid IRI mapping", term);
            if (Keywords.HasKeywordForm(rs)) { defined[term] = true; return; }
            def.Iri = IriExpansion.Expand(active, rs, false, true, local, defined);
            if (def.Iri is null || !(def.Iri.StartsWith("_:", StringComparison.Ordinal) || IsAbsoluteIri(def.Iri)))
                throw JsonLdException.Of("invalid IRI mapping", term);
            if (map.TryGetValue("@container", out var rc))
            {
                if (rc is not (null or "@set" or "@index")) throw JsonLdException.Of("invalid reverse property", term);
                def.Container = rc is string rcs ? [rcs] : null;
            }
            def.Reverse = true;
        }
        else if (map.TryGetValue("@id", out var id) && !(id is string ids0 && ids0 == term))
        {
            if (id is not null)
            {
                if (id is not string ids) throw JsonLdException.Of("invalid IRI mapping", term);
                if (!Keywords.IsKeyword(ids) && Keywords.HasKeywordForm(ids)) { defined[term] = true; return; }
                def.Iri = IriExpansion.Expand(active, ids, false, true, local, defined);
                if (def.Iri is null || !(Keywords.IsKeyword(def.Iri) || def.Iri.StartsWith("_:", StringComparison.Ordinal) || IsAbsoluteIri(def.Iri)))
                    throw JsonLdException.Of("invalid IRI mapping", term);
                if (def.Iri == "@context") throw JsonLdException.Of("invalid keyword alias", term);
                var colon = term.IndexOf(':', 1);
                if ((colon > 0 && colon < term.Length - 1) || term.Contains('/'))
                {
                    defined[term] = true;
                    var expandedTerm = IriExpansion.Expand(active, term, false, true, local, defined);
                    if (expandedTerm != def.Iri) throw JsonLdException.Of("invalid IRI mapping", term);
                }
                if (!term.Contains(':') && !term.Contains('/') && simpleTerm
                    && (def.Iri.StartsWith("_:", StringComparison.Ordinal) || (def.Iri.Length > 0 && ":/?#[]@".Contains(def.Iri[^1]))))
                    def.Prefix = true;
            }
        }
        else if (term.IndexOf(':', 1) > 0)
        {
            var colon = term.IndexOf(':', 1);
            var prefix = term[..colon];
            var suffix = term[(colon + 1)..];
            if (local.Has(prefix)) CreateTermDefinition(active, local, prefix, defined, baseUrl, protectedDefault, overrideProtected, remoteContexts, validateScopedContext);
            def.Iri = active.Get(prefix) is { Iri: not null } pd ? pd.Iri + suffix : term;
        }
        else if (term.Contains('/'))
        {
            def.Iri = IriExpansion.Expand(active, term, false, true);
            if (def.Iri is null || !IsAbsoluteIri(def.Iri)) throw JsonLdException.Of("invalid IRI mapping", term);
        }
        else if (term == "@type") def.Iri = "@type";
        else if (active.Vocab is not null) def.Iri = active.Vocab + term;
        else throw JsonLdException.Of("invalid IRI mapping", term);

        if (map.TryGetValue("@container", out var container) && !def.Reverse) def.Container = ParseContainer(active, container, term, def);
        if (map.TryGetValue("@index", out var index))
        {
            if (active.IsJsonLd10 || !def.HasContainer("@index")) throw JsonLdException.Of("invalid term definition", term);
            if (index is not string idx || Keywords.IsKeyword(idx) || !IsAbsoluteIri(IriExpansion.Expand(active, idx, false, true) ?? ""))
                throw JsonLdException.Of("invalid term definition", term);
            def.Index = idx;
        }
        if (map.TryGetValue("@context", out var scoped))
        {
            if (active.IsJsonLd10) throw JsonLdException.Of("invalid term definition", term);
            try { Process(active, scoped, baseUrl, [.. remoteContexts ?? []], true, true, false); }
            catch (JsonLdException e) { throw new JsonLdException("invalid scoped context", $"{term}: {e.Message}"); }
            def.HasContext = true;
            def.Context = scoped;
            def.BaseUrl = baseUrl;
        }
        if (map.TryGetValue("@language", out var lang) && !map.Has("@type"))
        {
            if (lang is not (null or string)) throw JsonLdException.Of("invalid language mapping", term);
            def.HasLanguage = true;
            def.Language = (lang as string)?.ToLowerInvariant();
        }
        if (map.TryGetValue("@direction", out var dir) && !map.Has("@type"))
        {
            if (dir is not (null or "ltr" or "rtl")) throw JsonLdException.Of("invalid base direction", term);
            def.HasDirection = true;
            def.Direction = (string?)dir;
        }
        if (map.TryGetValue("@nest", out var nest))
        {
            if (active.IsJsonLd10) throw JsonLdException.Of("invalid term definition", term);
            if (nest is not string ns || (Keywords.IsKeyword(ns) && ns != "@nest")) throw JsonLdException.Of("invalid @nest value", term);
            def.Nest = ns;
        }
        if (map.TryGetValue("@prefix", out var pref))
        {
            if (active.IsJsonLd10 || term.Contains(':') || term.Contains('/')) throw JsonLdException.Of("invalid term definition", term);
            def.Prefix = pref is bool pfb ? pfb : throw JsonLdException.Of("invalid @prefix value", term);
            if (def.Prefix && Keywords.IsKeyword(def.Iri)) throw JsonLdException.Of("invalid term definition", term);
        }
        foreach (var key in map.Keys)
            if (!s_termEntries.Contains(key)) throw JsonLdException.Of("invalid term definition", $"{term}: unexpected {key}");
        if (!overrideProtected && previous is { Protected: true })
        {
            if (!def.SameAs(previous)) throw JsonLdException.Of("protected term redefinition", term);
            def = previous;
        }
        active.Terms[term] = def;
        defined[term] = true;
    }

    private static List<string> ParseContainer(ActiveContext active, object? container, string term, TermDefinition def)
    {
        var items = new List<string>();
        foreach (var c in Json.AsList(container))
        {
            if (c is not string cs || cs is not ("@graph" or "@id" or "@index" or "@language" or "@list" or "@set" or "@type"))
                throw JsonLdException.Of("invalid container mapping", term);
            items.Add(cs);
        }
        if (active.IsJsonLd10 && (container is not string || items[0] is "@graph" or "@id" or "@type"))
            throw JsonLdException.Of("invalid container mapping", term);
        var valid = items.Count switch
        {
            0 => false,
            1 => true,
            _ when items.Contains("@list") => false,
            _ when items.Distinct().Count() != items.Count => false,
            _ when items.Contains("@graph") => items.All(i => i is "@graph" or "@id" or "@index" or "@set") && !(items.Contains("@id") && items.Contains("@index")),
            _ => items.Contains("@set") && items.Count == 2,
        };
        if (!valid) throw JsonLdException.Of("invalid container mapping", term);
        items.Sort(StringComparer.Ordinal);
        if (items.Contains("@type"))
        {
            def.Type ??= "@id";
            if (def.Type is not ("@id" or "@vocab")) throw JsonLdException.Of("invalid type mapping", term);
        }
        return items;
    }

    internal static bool IsAbsoluteIri(string s) => IriResolver.IsAbsolute(s);

    /// <summary>An absolute IRI without characters that RFC 3987 forbids (spaces, angle brackets, quotes...).</summary>
    internal static bool IsWellFormedIri(string s) =>
        IriResolver.IsAbsolute(s) && s.AsSpan().IndexOfAny(s_forbidden) < 0 && s.IndexOf('#') == s.LastIndexOf('#');

    private static readonly System.Buffers.SearchValues<char> s_forbidden = System.Buffers.SearchValues.Create(
        "<>\"{}|\\^`\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u0009\u000A\u000B\u000C\u000D\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F\u0020");
}
