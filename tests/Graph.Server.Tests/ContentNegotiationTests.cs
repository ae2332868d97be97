using System.Net;
using Graph.IO;
using Graph.Server.Protocol;
using Graph.Sparql.Results;

namespace Graph.Server.Tests;

/// <summary>
/// Content negotiation: the matrix of Accept headers × query forms over HTTP (each answer parsed back with our
/// readers, so a wrong body fails too), q values, wildcards, 406 and the <c>?format=</c> override.
/// </summary>
public sealed class ContentNegotiationTests(SampleServer fixture) : IClassFixture<SampleServer>
{
    private const string Select = "SELECT ?s ?t WHERE { ?s a ?t } ORDER BY ?s ?t LIMIT 5";
    private const string Ask = "ASK { ?s a ?t }";
    private const string Construct = "CONSTRUCT { ?s a ?t } WHERE { ?s a ?t } LIMIT 5";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<HttpResponseMessage> Get(string query, string? accept, string? format = null)
    {
        var url = "sparql?query=" + TestServers.Encode(query) + (format is null ? "" : "&format=" + TestServers.Encode(format));
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (accept is not null) request.Headers.TryAddWithoutValidation("Accept", accept);
        return await fixture.Client.SendAsync(request, Ct);
    }

    [Theory]
    [InlineData("application/sparql-results+json", "application/sparql-results+json", SparqlResultsFormat.Json)]
    [InlineData("application/json", "application/sparql-results+json", SparqlResultsFormat.Json)]
    [InlineData("application/sparql-results+xml", "application/sparql-results+xml", SparqlResultsFormat.Xml)]
    [InlineData("application/xml", "application/sparql-results+xml", SparqlResultsFormat.Xml)]
    [InlineData("text/csv", "text/csv", SparqlResultsFormat.Csv)]
    [InlineData("text/tab-separated-values", "text/tab-separated-values", SparqlResultsFormat.Tsv)]
    [InlineData("*/*", "application/sparql-results+json", SparqlResultsFormat.Json)]
    [InlineData("text/*", "text/csv", SparqlResultsFormat.Csv)]
    [InlineData("text/csv;q=0.5, application/sparql-results+xml;q=0.9", "application/sparql-results+xml", SparqlResultsFormat.Xml)]
    [InlineData("application/sparql-results+json;q=0.1, text/tab-separated-values", "text/tab-separated-values", SparqlResultsFormat.Tsv)]
    [InlineData("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", "application/sparql-results+xml", SparqlResultsFormat.Xml)]
    [InlineData("*/*;q=0.1, application/sparql-results+json;q=0", "application/sparql-results+xml", SparqlResultsFormat.Xml)]
    public async Task Select_ByAccept(string accept, string mediaType, SparqlResultsFormat format)
    {
        var response = await Get(Select, accept);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        var results = SparqlResults.Read(await response.Content.ReadAsStreamAsync(Ct), format);
        Assert.Equal(5, results.Rows.Count);
        Assert.Equal(["s", "t"], results.Variables);
    }

    [Theory]
    [InlineData("application/sparql-results+json", SparqlResultsFormat.Json)]
    [InlineData("application/sparql-results+xml", SparqlResultsFormat.Xml)]
    public async Task Ask_ByAccept(string accept, SparqlResultsFormat format)
    {
        var response = await Get(Ask, accept);
        Assert.Equal(accept, response.Content.Headers.ContentType?.MediaType);
        Assert.True(SparqlResults.Read(await response.Content.ReadAsStreamAsync(Ct), format).Boolean);
    }

    [Theory]
    [InlineData("text/turtle", "ttl")]
    [InlineData("application/x-turtle", "ttl")]
    [InlineData("application/n-triples", "nt")]
    [InlineData("text/plain", "nt")]
    [InlineData("application/ld+json", "jsonld")]
    [InlineData("application/json", "jsonld")]
    [InlineData("application/rdf+xml", "rdfxml")]
    [InlineData("application/xml", "rdfxml")]
    [InlineData("application/n-quads", "nq")]
    [InlineData("application/trig", "trig")]
    [InlineData("*/*", "ttl")]
    [InlineData("application/rdf+xml;q=0.5, application/n-triples;q=0.8, text/turtle;q=0.2", "nt")]
    public async Task Construct_ByAccept(string accept, string formatName)
    {
        var format = RdfFormat.Find(formatName)!;
        var response = await Get(Construct, accept);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(format.MediaType, response.Content.Headers.ContentType?.MediaType);
        var quads = new QuadList();
        RdfSyntaxes.CreateReader(format).Read(await response.Content.ReadAsStreamAsync(Ct), quads, new RdfReaderOptions { BaseIri = "http://base.example/" });
        Assert.Equal(5, quads.Quads.Count);
    }

    [Theory]
    [InlineData("xml", "application/sparql-results+xml")]
    [InlineData("csv", "text/csv")]
    [InlineData("tsv", "text/tab-separated-values")]
    [InlineData("application/sparql-results+json", "application/sparql-results+json")]
    public async Task FormatParameter_OverridesAccept(string format, string mediaType)
    {
        var response = await Get(Select, "application/sparql-results+json;q=1, */*;q=0", format);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData(Select, "text/turtle", null)]
    [InlineData(Select, "image/png", null)]
    [InlineData(Construct, "application/sparql-results+json", null)]
    [InlineData(Select, null, "ttl")]
    [InlineData(Construct, null, "csv")]
    public async Task NothingAcceptable_Is406(string query, string? accept, string? format)
    {
        var response = await Get(query, accept, format);
        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
        Assert.Contains("available", await response.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public void Quality_MostSpecificRangeWins()
    {
        // text/csv is excluded by its own q=0 even though text/* allows it.
        Assert.Equal(ResponseFormat.Tsv, ContentNegotiation.Choose("text/*, text/csv;q=0", ResponseFormat.Tabular));
        Assert.Equal(ResponseFormat.Json, ContentNegotiation.Choose("", ResponseFormat.Tabular));
        Assert.Equal(ResponseFormat.Xml, ContentNegotiation.Choose("application/sparql-results+xml; charset=utf-8; q=0.7", ResponseFormat.Tabular));
    }
}
