using System.Net;
using System.Text;

namespace Graph.Server.Tests;

/// <summary>
/// Bad requests get a clean 4xx with a message and the server keeps serving: syntax errors with line and column, huge
/// queries (413), deep nesting that would exhaust the parser's stack, invalid UTF-8, unknown graphs, bad escapes.
/// </summary>
public sealed class ErrorAndLimitTests(SampleServer fixture) : IClassFixture<SampleServer>
{
    private readonly HttpClient _client = fixture.Client;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task AssertStillServing()
    {
        var response = await _client.GetAsync("sparql?query=" + TestServers.Encode("ASK { ?s ?p ?o }"), Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("true", await response.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task SyntaxError_ReportsEveryPositionAndTheToken()
    {
        var response = await _client.PostAsync("sparql", new StringContent("PREFIX ex: <http://ex/>\nSELECT ?x WHERE {\n  ?x ex:p ]\n}", Encoding.UTF8, "application/sparql-query"), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("line 3, column 11", body);
        Assert.Contains("']'", body);
        await AssertStillServing();
    }

    [Fact]
    public async Task HugeQuery_Is413_ByGetAndPost()
    {
        var huge = "SELECT * WHERE { ?s ?p ?o } #" + new string('x', 300 * 1024);
        var post = await _client.PostAsync("sparql", new StringContent(huge, Encoding.UTF8, "application/sparql-query"), Ct);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, post.StatusCode);
        var form = await _client.PostAsync("sparql", new FormUrlEncodedContent([new("query", huge)]), Ct);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, form.StatusCode);
        var get = await _client.GetAsync("sparql?query=" + TestServers.Encode(huge), Ct);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, get.StatusCode);
        await AssertStillServing();
    }

    [Theory]
    [InlineData('{', '}')]
    [InlineData('(', ')')]
    public async Task DeepNesting_Is400(char open, char close)
    {
        var inner = open == '{' ? "" : "1";
        var query = "SELECT * WHERE { " + (open == '{' ? "" : "FILTER ") + new string(open, 20000) + inner + new string(close, 20000) + " }";
        var response = await _client.PostAsync("sparql", new StringContent(query, Encoding.UTF8, "application/sparql-query"), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("nest", await response.Content.ReadAsStringAsync(Ct));
        await AssertStillServing();
    }

    [Fact]
    public async Task LongFlatExpression_IsEvaluatedWithoutExhaustingTheStack()
    {
        // No brackets, but a left-deep expression tree 20,000 levels deep: the server must answer, not crash.
        var query = "SELECT ?x WHERE { BIND(" + string.Join("+", Enumerable.Repeat("1", 20000)) + " AS ?x) }";
        var response = await _client.PostAsync("sparql", new StringContent(query, Encoding.UTF8, "application/sparql-query"), Ct);
        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, response.StatusCode.ToString());
        await AssertStillServing();
    }

    [Theory]
    [InlineData("sparql?query=%FF%FE")]
    [InlineData("sparql?query=ASK%20%7B%7D%C3%28")]
    [InlineData("sparql?query=ASK%ZZ")]
    [InlineData("data?graph=%C0%AF")]
    public async Task InvalidUtf8OrEscapes_Is400(string url)
    {
        var response = await _client.GetAsync(url, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await AssertStillServing();
    }

    [Fact]
    public async Task InvalidUtf8Body_Is400()
    {
        var content = new ByteArrayContent([(byte)'A', (byte)'S', (byte)'K', (byte)' ', 0xC3, 0x28, (byte)'{', (byte)'}']);
        content.Headers.TryAddWithoutValidation("Content-Type", "application/sparql-query");
        var response = await _client.PostAsync("sparql", content, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("UTF-8", await response.Content.ReadAsStringAsync(Ct));
        await AssertStillServing();
    }

    [Fact]
    public async Task NonUtf8Charset_Is415()
    {
        var content = new ByteArrayContent(Encoding.Unicode.GetBytes("ASK {}"));
        content.Headers.TryAddWithoutValidation("Content-Type", "application/sparql-query; charset=UTF-16");
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, (await _client.PostAsync("sparql", content, Ct)).StatusCode);
    }

    [Fact]
    public async Task MultipleQueries_Is400()
    {
        var response = await _client.GetAsync("sparql?query=ASK%20%7B%7D&query=SELECT%20%2A%20%7B%7D", Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("more than one 'query'", await response.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task UnknownPath_Is404()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("no/such/thing", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("../../etc/passwd", Ct)).StatusCode);
        await AssertStillServing();
    }
}
