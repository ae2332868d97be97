using Graph.Core.Iris;

namespace Graph.IO.JsonLd;

/// <summary>
/// Context processing (JSON-LD 1.1 API §4.1) and Create Term Definition (§4.2):
/// https://www.w3.org/TR/json-ld11-api/#context-processing-algorithm.
/// </summary>
internal static partial class ContextProcessor
{
    private const int MaxRemoteContexts = 32;

    public static ActiveContext Process(ActiveContext active, object? localContext, string? baseUrl,
        List<string>? remoteContexts = null, bool overrideProtected = false, bool propagate = true, bool validateScopedContext = true)
    {
        remoteContexts ??= [];
        var result = active.Clone();
        if (localContext is JsonMap lm && lm.TryGetValue("@propagate", out var p))
        {
            if (p is not bool pb) throw JsonLdException.Of("invalid @propagate value");
            propagate = pb;
        }
        if (!propagate && result.PreviousContext is null) result.PreviousContext = active;

        foreach (var context in Json.AsList(localContext))
        {
            switch (context)
            {
                case null:
                    if (!overrideProtected && result.Terms.Values.Any(t => t.Protected))
                        throw JsonLdException.Of("invalid context nullification");
                    var previous = result;
                    result = ActiveContext.Initial(active.OriginalBaseUrl, active.Options);
                    result.RemoteCache = active.RemoteCache;
                    if (!propagate) result.PreviousContext = previous;
                    continue;
                case string s:
                    result = ProcessRemote(result, s, baseUrl, remoteContexts, validateScopedContext);
                    continue;
                case JsonMap map:
                    result = ProcessDefinition(result, map, baseUrl, remoteContexts, overrideProtected, validateScopedContext);
                    continue;
                default:
                    throw JsonLdException.Of("invalid local context");
            }
        }
        return result;
    }

    private static ActiveContext ProcessRemote(ActiveContext result, string reference, string? baseUrl, List<string> remoteContexts, bool validateScopedContext)
    {
        string url;
        try { url = IriResolver.Resolve(baseUrl, reference); }
        catch (Exception e) when (e is not JsonLdException) { throw JsonLdException.Of("loading document failed", reference); }
        if (!IriResolver.IsAbsolute(url)) throw JsonLdException.Of("loading document failed", $"relative context {reference} without a base IRI");
        if (!validateScopedContext && remoteContexts.Contains(url)) return result;
        if (remoteContexts.Count > MaxRemoteContexts) throw JsonLdException.Of("context overflow", url);
        remoteContexts.Add(url);

        if (!result.RemoteCache.TryGetValue(url, out var doc))
        {
            RemoteDocument loaded;
            try { loaded = result.Options.DocumentLoader.Load(url); }
            catch (JsonLdException e) { throw new JsonLdException("loading remote context failed", $"{url}: {e.Message}"); }
            if (loaded.Document is not JsonMap top || !top.TryGetValue("@context", out var ctx))
                throw JsonLdException.Of("invalid remote context", url);
            doc = new RemoteDocument(loaded.DocumentUrl, ctx);
            result.RemoteCache[url] = doc;
        }
        return Process(result, Json.Clone(doc.Document), doc.DocumentUrl, [.. remoteContexts], false, true, validateScopedContext);
    }

    private static ActiveContext ProcessDefinition(ActiveContext result, JsonMap context, string? baseUrl, List<string> remoteContexts,
        bool overrideProtected, bool validateScopedContext)
    {
        if (context.TryGetValue("@version", out var version))
        {
            if (!(version is double d && d == 1.1)) throw JsonLdException.Of("invalid @version value", Json.Serialize(version, false));
            if (result.IsJsonLd10) throw JsonLdException.Of("processing mode conflict");
        }
        if (context.TryGetValue("@import", out var import))
        {
            if (result.IsJsonLd10) throw JsonLdException.Of("invalid context entry", "@import");
            if (import is not string importRef) throw JsonLdException.Of("invalid @import value");
            var url = IriResolver.Resolve(baseUrl, importRef);
            RemoteDocument loaded;
            try { loaded = result.Options.DocumentLoader.Load(url); }
            catch (JsonLdException e) { throw new JsonLdException("loading remote context failed", $"{url}: {e.Message}"); }
            if (loaded.Document is not JsonMap top || top.Get("@context") is not JsonMap importContext)
                throw JsonLdException.Of("invalid remote context", url);
            if (importContext.Has("@import")) throw JsonLdException.Of("invalid context entry", "@import inside an imported context");
            var merged = (JsonMap)Json.Clone(importContext)!;
            foreach (var (k, v) in context) merged[k] = v;
            context = merged;
        }
        if (context.TryGetValue("@base", out var baseValue) && remoteContexts.Count == 0)
        {
            switch (baseValue)
            {
                case null: result.BaseIri = null; break;
                case string b when IriResolver.IsAbsolute(b): result.BaseIri = b; break;
                case string b when result.BaseIri is not null: result.BaseIri = IriResolver.Resolve(result.BaseIri, b); break;
                default: throw JsonLdException.Of("invalid base IRI", Json.Serialize(baseValue, false));
            }
        }
        if (context.TryGetValue("@vocab", out var vocab))
        {
            switch (vocab)
            {
                case null: result.Vocab = null; break;
                case string v:
                    result.Vocab = IriExpansion.Expand(result, v, documentRelative: true, vocab: true);
                    break;
                default: throw JsonLdException.Of("invalid vocab mapping");
            }
        }
        if (context.TryGetValue("@language", out var language))
        {
            result.DefaultLanguage = language switch
            {
                null => null,
                string l => l.ToLowerInvariant(),
                _ => throw JsonLdException.Of("invalid default language"),
            };
        }
        if (context.TryGetValue("@direction", out var direction))
        {
            if (result.IsJsonLd10) throw JsonLdException.Of("invalid context entry", "@direction");
            result.DefaultDirection = direction switch
            {
                null => null,
                "ltr" or "rtl" => (string)direction,
                _ => throw JsonLdException.Of("invalid base direction"),
            };
        }
        if (context.TryGetValue("@propagate", out var propagate))
        {
            if (result.IsJsonLd10) throw JsonLdException.Of("invalid context entry", "@propagate");
            if (propagate is not bool) throw JsonLdException.Of("invalid @propagate value");
        }
        var protectedDefault = false;
        if (context.TryGetValue("@protected", out var prot))
        {
            if (prot is not bool pb) throw JsonLdException.Of("invalid @protected value");
            protectedDefault = pb;
        }
        var defined = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var key in context.Keys)
        {
            if (key is "@base" or "@direction" or "@import" or "@language" or "@propagate" or "@protected" or "@version" or "@vocab") continue;
            CreateTermDefinition(result, context, key, defined, baseUrl, protectedDefault, overrideProtected, [.. remoteContexts], validateScopedContext);
        }
        return result;
    }
}
