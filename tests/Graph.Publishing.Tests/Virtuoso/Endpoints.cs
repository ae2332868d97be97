using System.Net.Http.Headers;
using Graph.Core.Terms;
using Graph.Sparql.Engine;
using Graph.Sparql.Results;
using Graph.Sparql.Syntax;
using Graph.Store;

namespace Graph.Publishing.Tests.Virtuoso;

/// <summary>The same SELECT query against Virtuoso (SPARQL Protocol, JSON results) and against our engine, rows normalised.</summary>
internal static class Endpoints
{
    public static async Task<List<string>> RemoteAsync(Uri sparql, string query, CancellationToken cancellationToken)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(60) };
        using var request = new HttpRequestMessage(HttpMethod.Post, sparql)
        {
            Content = new FormUrlEncodedContent([new("query", query)]),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/sparql-results+json"));
        using var response = await client.SendAsync(request, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        Assert.True(response.IsSuccessStatusCode, $"Virtuoso: {(int)response.StatusCode} {body}");
        var results = SparqlResults.Read(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(body)), SparqlResultsFormat.Json);
        return ResultNormalizer.Rows(results.Variables, results.Rows);
    }

    public static List<string> Local(QuadStore store, string query)
    {
        var result = QueryEngine.Execute(SparqlParser.ParseQuery(query), store);
        return ResultNormalizer.Rows(result.Variables, result.Rows);
    }

    public static QuadStore Store(IEnumerable<Quad> quads)
    {
        var store = new QuadStore();
        var load = store.BeginBulkLoad();
        foreach (var q in quads) load.Add(q);
        load.Commit();
        return store;
    }
}
