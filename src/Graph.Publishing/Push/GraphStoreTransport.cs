using System.Net;
using System.Net.Http.Headers;

namespace Graph.Publishing.Push;

/// <summary>
/// SPARQL 1.1 Graph Store HTTP Protocol (https://www.w3.org/TR/sparql11-http-rdf-update/): <c>PUT ?graph=IRI</c> with
/// the graph as N-Triples in a <c>text/turtle</c> body (N-Triples is Turtle, and every store reads Turtle), one request
/// per graph so the store swaps it in one transaction; <c>DELETE</c> to drop (404 = already absent).
/// </summary>
internal sealed class GraphStoreTransport(HttpSender sender, Uri graphStore) : IGraphTransport
{
    public Task ReplaceAsync(PublishedGraph graph, CancellationToken cancellationToken)
    {
        var content = new ByteArrayContent(graph.Body());
        content.Headers.ContentType = new MediaTypeHeaderValue("text/turtle") { CharSet = "utf-8" };
        return sender.SendAsync(new HttpRequestMessage(HttpMethod.Put, Address(graph.Key)) { Content = content }, cancellationToken);
    }

    public Task DropAsync(string key, CancellationToken cancellationToken) =>
        sender.SendAsync(new HttpRequestMessage(HttpMethod.Delete, Address(key)), cancellationToken, HttpStatusCode.NotFound);

    /// <summary>The graph's address: <c>?default</c> or <c>?graph=</c> the percent-encoded IRI, added to the endpoint's own query.</summary>
    internal Uri Address(string key)
    {
        var query = key == PublishedGraph.DefaultKey ? "default" : "graph=" + Uri.EscapeDataString(key);
        var b = new UriBuilder(graphStore);
        b.Query = string.IsNullOrEmpty(b.Query) || b.Query == "?" ? query : b.Query.TrimStart('?') + "&" + query;
        return b.Uri;
    }
}
