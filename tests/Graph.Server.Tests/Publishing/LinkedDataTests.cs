using System.Net;
using System.Net.Http.Headers;
using Graph.Core.Graphs;
using Graph.Core.Terms;
using Graph.IO;

namespace Graph.Server.Tests.Publishing;

/// <summary>Every IRI under the base dereferences: HTML for browsers, RDF by Accept, 404 for unknown IRIs.</summary>
public sealed class LinkedDataTests(SampleServer fixture) : IClassFixture<SampleServer>
{
    private readonly HttpClient _client = fixture.Client;

    private async Task<HttpResponseMessage> GetAsync(string path, string? accept)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (accept is not null) request.Headers.Accept.ParseAdd(accept);
        return await _client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task ABrowserGetsTheResourcePage()
    {
        var response = await GetAsync("note/rijksstudio", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Accept", response.Headers.Vary);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("<h1>Rijksstudio</h1>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/person/pieter-de-vries\"", html, StringComparison.Ordinal);
        Assert.Contains("application/ld+json", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("text/turtle", "ttl")]
    [InlineData("application/ld+json", "jsonld")]
    [InlineData("application/n-triples", "nt")]
    [InlineData("application/rdf+xml", "rdfxml")]
    public async Task AnRdfClientGetsTheDescriptionInTheSyntaxItAsksFor(string mediaType, string format)
    {
        var response = await GetAsync("person/anna-keller", mediaType + ", text/html;q=0.5");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Accept", response.Headers.Vary);
        var read = new QuadList();
        RdfSyntaxes.CreateReader(RdfFormat.Find(format)!).Read(await response.Content.ReadAsStreamAsync(TestContext.Current.CancellationToken), read,
            new RdfReaderOptions { BaseIri = fixture.Server.Address + "person/anna-keller" });
        var anna = new Iri(fixture.Snapshot.BaseIri + "person/anna-keller");
        var expected = fixture.Snapshot.Store.Quads().Where(q => q.Subject.Equals(anna)).ToList();
        Assert.NotEmpty(expected);
        Assert.True(Isomorphism.AreIsomorphic(expected, read.Quads), "the description differs from the store's statements about the resource");
    }

    [Fact]
    public async Task FormatOverridesAccept()
    {
        var response = await GetAsync("note/rijksstudio?format=nt", "text/html");
        Assert.Equal("application/n-triples", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(response.Headers.GetValues("Link"), l => l.Contains("?format=ttl", StringComparison.Ordinal));
    }

    [Fact]
    public async Task FragmentResourcesComeWithTheirDocument()
    {
        var org = fixture.Snapshot.Store.Quads().First(q => q.Predicate.ToString() == "<http://schema.org/address>").Subject.ToString().Trim('<', '>');
        var path = org[fixture.Snapshot.BaseIri.Length..];
        var response = await GetAsync(path + "?format=nt", null);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("#address> <http://schema.org/addressCountry>", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownIrisAre404()
    {
        var html = await GetAsync("note/no-such-note", "text/html");
        Assert.Equal(HttpStatusCode.NotFound, html.StatusCode);
        Assert.Contains("Not found", await html.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        var rdf = await GetAsync("note/no-such-note", "text/turtle");
        Assert.Equal(HttpStatusCode.NotFound, rdf.StatusCode);
        // The target of a broken wikilink ([[Museum Booster]]) is linked to but described nowhere: no page either.
        var broken = await GetAsync("note/museum-booster", "text/html");
        Assert.Equal(HttpStatusCode.NotFound, broken.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync("note/museum-booster", "text/turtle")).StatusCode);
        var traversal = await GetAsync("..%2F..%2Fetc%2Fpasswd", "text/html");
        Assert.Equal(HttpStatusCode.NotFound, traversal.StatusCode);
    }

    [Fact]
    public async Task TheQueryPageIsAtTheRoot()
    {
        var response = await GetAsync("", "text/html");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("<textarea id=\"query\"", html, StringComparison.Ordinal);
        Assert.Contains("People and their organisations", html, StringComparison.Ordinal);
        Assert.DoesNotContain("https://cdn", html, StringComparison.Ordinal);
    }
}
