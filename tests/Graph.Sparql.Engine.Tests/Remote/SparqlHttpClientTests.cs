using Graph.Core.Terms;
using Graph.Sparql.Algebra;
using Graph.Sparql.Engine.Remote;
using Graph.Sparql.Syntax;
using Graph.Store;

namespace Graph.Sparql.Engine.Tests.Remote;

public sealed class SparqlHttpClientTests : IDisposable
{
    private static readonly HttpClient s_http = new();
    private readonly LoopbackSparqlEndpoint _endpoint;

    public SparqlHttpClientTests()
    {
        var store = new QuadStore();
        for (var i = 1; i <= 3; i++)
            store.Add(new Quad(new Iri($"http://example.org/s{i}"), new Iri("http://example.org/p"), Literal.Integer(i)));
        _endpoint = new LoopbackSparqlEndpoint(store);
    }

    public void Dispose() => _endpoint.Dispose();

    private static SparqlHttpClient Client(SparqlHttpClientOptions? options = null) => new(s_http, options);

    [Fact]
    public async Task Select_goes_by_get_and_asks_for_results_formats()
    {
        var result = await Client().QueryAsync(_endpoint.Url, "SELECT ?s WHERE { ?s ?p 2 }", QueryForm.Select, TestContext.Current.CancellationToken);

        Assert.Equal(["s"], result.Variables);
        Assert.Equal("http://example.org/s2", ((Iri)Assert.Single(result.Rows)[0]!).Value);
        var (method, accept, _) = Assert.Single(_endpoint.Requests);
        Assert.Equal("GET", method);
        Assert.StartsWith("application/sparql-results+json", accept);
    }

    [Fact]
    public async Task Long_queries_go_by_post()
    {
        var query = "SELECT ?s WHERE { ?s ?p ?o } # " + new string('x', 3000);
        var result = await Client().QueryAsync(_endpoint.Url, query, QueryForm.Select, TestContext.Current.CancellationToken);

        Assert.Equal(3, result.Rows.Count);
        Assert.Equal("POST", Assert.Single(_endpoint.Requests).Method);
    }

    [Fact]
    public async Task Ask_and_construct()
    {
        var ask = await Client().QueryAsync(_endpoint.Url, "ASK { ?s ?p 3 }", QueryForm.Ask, TestContext.Current.CancellationToken);
        var graph = await Client().QueryAsync(_endpoint.Url, "CONSTRUCT { ?s <http://example.org/q> ?o } WHERE { ?s ?p ?o }", QueryForm.Construct, TestContext.Current.CancellationToken);

        Assert.True(ask.Boolean);
        Assert.Equal(3, graph.Triples.Count);
        Assert.StartsWith("text/turtle", _endpoint.Requests[1].Accept);
    }

    [Fact]
    public async Task An_error_status_is_reported_with_the_body()
    {
        _endpoint.FailWith = (503, "store is being reloaded");
        var e = await Assert.ThrowsAsync<SparqlProtocolException>(() =>
            Client().QueryAsync(_endpoint.Url, "ASK {}", QueryForm.Ask, TestContext.Current.CancellationToken));

        Assert.Equal(503, e.StatusCode);
        Assert.Contains("503", e.Message);
        Assert.Contains("store is being reloaded", e.Message);
    }

    [Fact]
    public async Task A_slow_endpoint_times_out()
    {
        _endpoint.Delay = TimeSpan.FromSeconds(2);
        var client = Client(new SparqlHttpClientOptions { Timeout = TimeSpan.FromMilliseconds(200) });
        await Assert.ThrowsAsync<QueryTimeoutException>(() => client.QueryAsync(_endpoint.Url, "ASK {}", QueryForm.Ask, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task An_unreachable_endpoint_has_no_status()
    {
        var e = await Assert.ThrowsAsync<SparqlProtocolException>(() =>
            Client().QueryAsync(new Uri("http://127.0.0.1:1/sparql"), "ASK {}", QueryForm.Ask, TestContext.Current.CancellationToken));
        Assert.Null(e.StatusCode);
    }

    [Fact]
    public async Task Update_is_posted_and_applied()
    {
        await Client().UpdateAsync(_endpoint.Url, "INSERT DATA { <http://example.org/s4> <http://example.org/p> 4 }", TestContext.Current.CancellationToken);
        Assert.Equal(4, _endpoint.Store.Store.Count);
    }

    [Fact]
    public void Service_in_a_local_query_goes_over_http()
    {
        var local = new QuadStore();
        local.Add(new Quad(new Iri("http://example.org/s1"), new Iri("http://example.org/label"), Literal.String("one")));
        var query = SparqlParser.ParseQuery($"SELECT ?l ?o {{ ?s <http://example.org/label> ?l SERVICE <{_endpoint.Url}> {{ ?s <http://example.org/p> ?o }} }}");

        var result = QueryEngine.Execute(query, local, new QueryOptions { ServiceClient = Client() });

        var row = Assert.Single(result.Rows);
        Assert.Equal("one", ((Literal)row[0]!).LexicalForm);
        Assert.Equal("1", ((Literal)row[1]!).LexicalForm);
    }
}
