using System.Net;
using Graph.Core.Terms;
using Graph.IO;
using Graph.Store;

namespace Graph.Server.Tests;

/// <summary>The Graph Store Protocol read side over a dataset with a default graph and two named graphs.</summary>
public sealed class GraphStoreTests : IAsyncLifetime
{
    private static readonly Iri A = new("http://example.org/graphs/a");
    private static readonly Iri B = new("http://example.org/graphs/b");
    private GraphServer _server = null!;
    private HttpClient _client = null!;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        var store = new QuadStore();
        Iri S(int i) => new("http://example.org/s" + i);
        var p = new Iri("http://example.org/p");
        store.Load([
            new Quad(S(1), p, new Literal("default", "en")),
            new Quad(S(2), p, S(3), A), new Quad(S(4), p, S(5), A),
            new Quad(S(6), p, new Literal("b", Graph.Core.Vocabularies.Xsd.String), B),
        ]);
        _server = await TestServers.StartAsync(new DatasetSnapshot(store, "http://example.org/", null, null, DateTimeOffset.UtcNow, 1), new ServerOptions());
        _client = new HttpClient { BaseAddress = _server.Address };
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _server.DisposeAsync();
    }

    private async Task<(HttpResponseMessage Response, List<Quad> Quads)> Get(string url, string? accept = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (accept is not null) request.Headers.TryAddWithoutValidation("Accept", accept);
        var response = await _client.SendAsync(request, Ct);
        var quads = new QuadList();
        if (response.IsSuccessStatusCode)
        {
            var format = RdfFormat.Find(response.Content.Headers.ContentType!.MediaType!)!;
            RdfSyntaxes.CreateReader(format).Read(await response.Content.ReadAsStreamAsync(Ct), quads, new RdfReaderOptions { BaseIri = "http://base.example/" });
        }
        return (response, quads.Quads);
    }

    [Theory]
    [InlineData("text/turtle")]
    [InlineData("application/n-triples")]
    [InlineData("application/ld+json")]
    [InlineData("application/rdf+xml")]
    [InlineData("application/n-quads")]
    [InlineData("application/trig")]
    public async Task NamedGraph_InEverySyntax(string accept)
    {
        var (response, quads) = await Get("data?graph=" + TestServers.Encode(A.Value), accept);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(accept, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(2, quads.Count);
        Assert.All(quads, q => Assert.Null(q.Graph));
    }

    [Fact]
    public async Task DefaultGraph_HoldsOnlyTheDefaultStatements()
    {
        var (response, quads) = await Get("data?default");
        Assert.Equal("text/turtle", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("default", ((Literal)Assert.Single(quads).Object).LexicalForm);
    }

    [Theory]
    [InlineData(null, "application/trig")]
    [InlineData("application/n-quads", "application/n-quads")]
    [InlineData("application/ld+json", "application/ld+json")]
    public async Task WholeDataset_KeepsTheNamedGraphs(string? accept, string mediaType)
    {
        var (response, quads) = await Get("data", accept);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(4, quads.Count);
        Assert.Equal(2, quads.Count(q => A.Equals(q.Graph)));
        Assert.Equal(1, quads.Count(q => B.Equals(q.Graph)));
    }

    [Fact]
    public async Task WholeDataset_InATriplesSyntax_Is406()
    {
        var (response, _) = await Get("data", "text/turtle");
        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
    }

    [Fact]
    public async Task UnknownGraph_Is404_AndTheServerKeepsServing()
    {
        var (response, _) = await Get("data?graph=" + TestServers.Encode("http://example.org/graphs/none"));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("no graph named", await response.Content.ReadAsStringAsync(Ct));
        // A term that exists in the store but names no graph is not a graph either.
        Assert.Equal(HttpStatusCode.NotFound, (await Get("data?graph=" + TestServers.Encode("http://example.org/p"))).Response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Get("data?graph=" + TestServers.Encode(B.Value))).Response.StatusCode);
    }

    [Fact]
    public async Task Head_GivesTheLengthOfTheGet()
    {
        var get = await _client.GetAsync("data?graph=" + TestServers.Encode(A.Value), Ct);
        using var head = new HttpRequestMessage(HttpMethod.Head, "data?graph=" + TestServers.Encode(A.Value));
        var response = await _client.SendAsync(head, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal((await get.Content.ReadAsByteArrayAsync(Ct)).Length, response.Content.Headers.ContentLength);
    }

    [Theory]
    [InlineData("data?default&graph=http%3A%2F%2Fexample.org%2Fgraphs%2Fa")]
    [InlineData("data?graph=relative")]
    public async Task BadParameters_Is400(string url) =>
        Assert.Equal(HttpStatusCode.BadRequest, (await _client.GetAsync(url, Ct)).StatusCode);

    [Fact]
    public async Task Writes_AreRefused()
    {
        var response = await _client.PutAsync("data?default", new StringContent("<a:b> <a:c> <a:d> .", System.Text.Encoding.UTF8, "application/n-triples"), Ct);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("GET", response.Content.Headers.Allow);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, (await _client.DeleteAsync("data?graph=" + TestServers.Encode(A.Value), Ct)).StatusCode);
        Assert.Equal(2, (await Get("data?graph=" + TestServers.Encode(A.Value))).Quads.Count);
    }

    [Fact]
    public async Task ServiceDescription_ListsTheNamedGraphs()
    {
        var (response, quads) = await Get("sparql");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        const string sd = "http://www.w3.org/ns/sparql-service-description#";
        Assert.Contains(quads, q => q.Predicate.Equals(new Iri(sd + "endpoint")) && q.Object.Equals(new Iri(new Uri(_server.Address, "sparql").AbsoluteUri)));
        Assert.Contains(quads, q => q.Predicate.Equals(new Iri(sd + "supportedLanguage")) && q.Object.Equals(new Iri(sd + "SPARQL11Query")));
        var names = quads.Where(q => q.Predicate.Equals(new Iri(sd + "name"))).Select(q => q.Object).ToList();
        Assert.Equal(2, names.Count);
        Assert.Contains(A, names);
        var (xml, xmlQuads) = await Get("sparql", "application/rdf+xml");
        Assert.Equal("application/rdf+xml", xml.Content.Headers.ContentType?.MediaType);
        Assert.Equal(quads.Count, xmlQuads.Count);
    }
}
