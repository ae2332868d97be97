using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Graph.Server.Tests;

/// <summary>The request shapes of the SPARQL 1.1 Protocol against the sample vault, and the dataset parameters.</summary>
public sealed class ProtocolRequestTests(SampleServer fixture) : IClassFixture<SampleServer>
{
    private const string CountAll = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }";
    private readonly HttpClient _client = fixture.Client;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private string StoreCount => fixture.Snapshot.Store.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static async Task<string> SingleValue(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        using var json = JsonDocument.Parse(body);
        return json.RootElement.GetProperty("results").GetProperty("bindings")[0].EnumerateObject().First().Value.GetProperty("value").GetString()!;
    }

    [Fact]
    public async Task PostForm_AnswersLikeGet()
    {
        var response = await _client.PostAsync("sparql", new FormUrlEncodedContent([new("query", CountAll)]), Ct);
        Assert.Equal(StoreCount, await SingleValue(response));
    }

    [Fact]
    public async Task PostDirect_AnswersLikeGet()
    {
        var content = new StringContent(CountAll, Encoding.UTF8, "application/sparql-query");
        Assert.Equal(StoreCount, await SingleValue(await _client.PostAsync("sparql", content, Ct)));
    }

    [Fact]
    public async Task PostDirect_NonAsciiQueryIsReadAsUtf8()
    {
        var content = new StringContent("SELECT ?x WHERE { BIND(\"médiation ✓\" AS ?x) }", Encoding.UTF8, "application/sparql-query");
        Assert.Equal("médiation ✓", await SingleValue(await _client.PostAsync("sparql", content, Ct)));
    }

    [Fact]
    public async Task DefaultGraphUri_RestrictsTheDataset()
    {
        // The vault's statements are all in the default graph; a protocol dataset naming another graph sees none of them.
        var url = "sparql?query=" + TestServers.Encode(CountAll) + "&default-graph-uri=" + TestServers.Encode("http://example.org/none");
        Assert.Equal("0", await SingleValue(await _client.GetAsync(url, Ct)));
    }

    [Fact]
    public async Task NamedGraphUri_OverridesFromNamed()
    {
        var query = "SELECT (COUNT(*) AS ?n) FROM NAMED <http://example.org/a> WHERE { GRAPH ?g { ?s ?p ?o } }";
        var url = "sparql?query=" + TestServers.Encode(query) + "&named-graph-uri=" + TestServers.Encode("http://example.org/b");
        Assert.Equal("0", await SingleValue(await _client.GetAsync(url, Ct)));
    }

    [Fact]
    public async Task BadDatasetIri_Is400()
    {
        var url = "sparql?query=" + TestServers.Encode(CountAll) + "&default-graph-uri=not%20an%20iri";
        Assert.Equal(HttpStatusCode.BadRequest, (await _client.GetAsync(url, Ct)).StatusCode);
    }

    [Fact]
    public async Task Update_IsRefusedAsReadOnly()
    {
        var direct = await _client.PostAsync("sparql", new StringContent("CLEAR ALL", Encoding.UTF8, "application/sparql-update"), Ct);
        Assert.Equal(HttpStatusCode.Forbidden, direct.StatusCode);
        Assert.Contains("read-only", await direct.Content.ReadAsStringAsync(Ct));
        var form = await _client.PostAsync("sparql", new FormUrlEncodedContent([new("update", "CLEAR ALL")]), Ct);
        Assert.Equal(HttpStatusCode.Forbidden, form.StatusCode);
        var get = await _client.GetAsync("sparql?update=CLEAR%20ALL", Ct);
        Assert.Equal(HttpStatusCode.BadRequest, get.StatusCode);
        Assert.Equal(StoreCount, await SingleValue(await _client.GetAsync("sparql?query=" + TestServers.Encode(CountAll), Ct)));
    }

    [Fact]
    public async Task QueryAndUpdateTogether_Is400()
    {
        var response = await _client.PostAsync("sparql", new FormUrlEncodedContent([new("query", "ASK {}"), new("update", "CLEAR ALL")]), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task PostWithoutQuery_Is400()
    {
        var response = await _client.PostAsync("sparql", new FormUrlEncodedContent([new("format", "json")]), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/json")]
    [InlineData(null)]
    public async Task PostWithOtherMediaType_Is415(string? mediaType)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes("ASK {}"));
        if (mediaType is not null) content.Headers.ContentType = new MediaTypeHeaderValue(mediaType);
        var response = await _client.PostAsync("sparql", content, Ct);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task OtherMethod_Is405()
    {
        var response = await _client.PutAsync("sparql", new StringContent("ASK {}", Encoding.UTF8, "application/sparql-query"), Ct);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task Head_HasHeadersAndNoBody()
    {
        using var request = new HttpRequestMessage(HttpMethod.Head, "sparql?query=" + TestServers.Encode(CountAll));
        var response = await _client.SendAsync(request, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/sparql-results+json", response.Content.Headers.ContentType?.MediaType);
        Assert.True(response.Content.Headers.ContentLength > 0);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync(Ct));
    }

    [Fact]
    public async Task Construct_AnswersTurtleByDefault()
    {
        var query = "CONSTRUCT { ?s a ?t } WHERE { ?s a ?t } LIMIT 3";
        var response = await _client.GetAsync("sparql?query=" + TestServers.Encode(query), Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/turtle", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        var quads = new Graph.IO.QuadList();
        new Graph.IO.Turtle.TurtleReader(trig: false).Read(await response.Content.ReadAsStreamAsync(Ct), quads, new Graph.IO.RdfReaderOptions());
        Assert.Equal(3, quads.Quads.Count);
    }

    [Fact]
    public async Task RepeatedQuery_IsAnsweredAlikeAndNonDeterministicOnesAreRerun()
    {
        var url = "sparql?query=" + TestServers.Encode(CountAll);
        Assert.Equal(await SingleValue(await _client.GetAsync(url, Ct)), await SingleValue(await _client.GetAsync(url, Ct)));
        var xml = await _client.GetAsync(url + "&format=xml", Ct);
        Assert.Equal("application/sparql-results+xml", xml.Content.Headers.ContentType?.MediaType);

        var random = "sparql?query=" + TestServers.Encode("SELECT (STRUUID() AS ?u) WHERE {}");
        Assert.NotEqual(await SingleValue(await _client.GetAsync(random, Ct)), await SingleValue(await _client.GetAsync(random, Ct)));
    }
}
