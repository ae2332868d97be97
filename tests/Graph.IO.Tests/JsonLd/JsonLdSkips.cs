namespace Graph.IO.Tests.JsonLd;

/// <summary>Why a W3C JSON-LD test is not run; every skip has its reason here.</summary>
internal static class JsonLdSkips
{
    private static readonly Dictionary<string, string> s_byId = new()
    {
        ["remote-doc-manifest.jsonld#t0013"] = "the context link points to an HTML document: JSON-LD in HTML is not supported",
    };

    public static string? Reason(JsonLdTestCase test)
    {
        if (test.SpecVersion == "json-ld-1.0") return "json-ld-1.0 only: its expected result contradicts JSON-LD 1.1, which we implement";
        // An HTML input served with a Link to an alternate JSON-LD document is loaded through that link (remote-doc tla01).
        var alternate = test.Options.Get("httpLink") is string link && link.Contains("rel=\"alternate\"") && link.Contains("application/ld+json");
        if (test.Input.EndsWith(".html", StringComparison.Ordinal) && !alternate)
            return "JSON-LD in HTML (script extraction) is not supported: Graph reads .jsonld files only";
        if (s_byId.TryGetValue(test.Manifest + "#" + test.Id, out var reason)) return reason;
        return null;
    }
}
