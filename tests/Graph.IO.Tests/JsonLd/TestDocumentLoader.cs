using Graph.IO.JsonLd;

namespace Graph.IO.Tests.JsonLd;

/// <summary>
/// Serves the suite's files under its base IRI, simulating the HTTP behaviour a remote-doc test describes in its options
/// (content type, redirect, Link headers) for the test's own input document.
/// </summary>
internal sealed class TestDocumentLoader(JsonLdTestCase test) : IJsonLdDocumentLoader
{
    private const string ContextRel = "http://www.w3.org/ns/json-ld#context";
    private readonly LocalDocumentLoader _files = new LocalDocumentLoader().MapFolder(JsonLdSuite.BaseIri, JsonLdSuite.Root!);

    public RemoteDocument Load(string url)
    {
        if (url != test.InputUrl)
        {
            var doc = Fetch(url);
            if (url.EndsWith(".html", StringComparison.Ordinal)) throw new JsonLdException("loading document failed", "HTML is not supported: " + url);
            return doc;
        }
        var documentUrl = test.Option("redirectTo") is { } redirect ? JsonLdSuite.BaseIri + redirect : url;
        var contentType = test.Option("contentType") ?? ContentTypeOf(documentUrl);
        string? contextUrl = null;
        var links = test.Options.Get("httpLink") switch { string s => [s], List<object?> l => l.Cast<string>().ToList(), _ => new List<string>() };
        if (contentType == "text/html" || !(contentType.EndsWith("json", StringComparison.Ordinal) || contentType.EndsWith("+json", StringComparison.Ordinal)))
        {
            foreach (var link in links)
            {
                if (link.Contains("rel=\"alternate\"") && link.Contains("type=\"application/ld+json\""))
                    return Load(Resolve(documentUrl, Target(link)), "application/ld+json");
            }
            throw new JsonLdException("loading document failed", $"{url}: content type {contentType} is not JSON");
        }
        if (contentType != "application/ld+json")
        {
            var contextLinks = links.Where(l => l.Contains($"rel=\"{ContextRel}\"")).ToList();
            if (contextLinks.Count > 1) throw new JsonLdException("multiple context link headers", url);
            if (contextLinks.Count == 1) contextUrl = Resolve(documentUrl, Target(contextLinks[0]));
        }
        var fetched = Fetch(documentUrl);
        return fetched with { DocumentUrl = documentUrl, ContentType = contentType, ContextUrl = contextUrl };
    }

    private RemoteDocument Load(string url, string contentType) => Fetch(url) with { ContentType = contentType };

    private RemoteDocument Fetch(string url) => _files.Load(url);

    private static string Target(string link) => link[(link.IndexOf('<') + 1)..link.IndexOf('>')];

    private static string Resolve(string baseIri, string reference) => Graph.Core.Iris.IriResolver.Resolve(baseIri, reference);

    private static string ContentTypeOf(string url) =>
        url.EndsWith(".jsonld", StringComparison.Ordinal) ? "application/ld+json"
        : url.EndsWith(".json", StringComparison.Ordinal) ? "application/json"
        : url.EndsWith(".html", StringComparison.Ordinal) ? "text/html"
        : "application/octet-stream";
}
