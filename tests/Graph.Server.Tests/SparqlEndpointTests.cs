using System.Net;
using System.Text.Json;

namespace Graph.Server.Tests;

/// <summary>Queries by GET against the sample vault: the answer is SPARQL Results JSON computed from the store.</summary>
public sealed class SparqlEndpointTests(SampleServer fixture) : IClassFixture<SampleServer>
{
    private readonly HttpClient _client = fixture.Client;

    [Fact]
    public async Task Get_Select_AnswersJsonWithTheStoreCount()
    {
        var response = await _client.GetAsync("sparql?query=" + TestServers.Encode("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/sparql-results+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var n = json.RootElement.GetProperty("results").GetProperty("bindings")[0].GetProperty("n").GetProperty("value").GetString();
        Assert.Equal(fixture.Snapshot.Store.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), n);
        Assert.True(fixture.Snapshot.Store.Count > 100);
    }

    [Fact]
    public async Task Get_BadQuery_Is400WithLineAndColumn()
    {
        var response = await _client.GetAsync("sparql?query=" + TestServers.Encode("SELECT *\nWHERE { ?s ?p }"), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("line 2, column 15", body);
    }
}
