using System.Net;
using Graph.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Server.Tests;

/// <summary>
/// Bounded work: a query past its timeout is stopped with 504 without stalling other clients, and past the concurrency
/// and queue limits new queries get 503 with Retry-After instead of piling up.
/// </summary>
public sealed class LoadLimitTests
{
    // A three-way cross product of the sample graph: ~10^9 rows, far beyond any timeout used here.
    private const string Slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
    private const string Fast = "ASK { ?s ?p ?o }";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static DatasetSnapshot Sample() =>
        new DatasetSource(Path.Combine(SharedData.RepositoryRoot, "samples"), [], null).Load();

    private static string Url(string query) => "sparql?query=" + TestServers.Encode(query);

    private int _fast;

    /// <summary>A fast query whose text differs each time, so the result cache cannot answer it and it needs a slot.</summary>
    private string FastUrl() => Url(Fast + " # " + Interlocked.Increment(ref _fast));

    [Fact]
    public async Task SlowQuery_TimesOutWith504_WhileOtherClientsAreServed()
    {
        await using var server = await TestServers.StartAsync(Sample(), new ServerOptions { QueryTimeout = TimeSpan.FromSeconds(4), MaxConcurrentQueries = 4 });
        using var client = new HttpClient { BaseAddress = server.Address };
        var slow = client.GetAsync(Url(Slow), Ct);
        var queries = server.App.Services.GetRequiredService<Graph.Server.Protocol.QueryService>();
        while (queries.Running == 0 && !slow.IsCompleted) await Task.Delay(10, Ct);
        var answeredMeanwhile = 0;
        while (!slow.IsCompleted)
        {
            var response = await client.GetAsync(FastUrl(), Ct);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            if (!slow.IsCompleted) answeredMeanwhile++;
        }
        // Other clients were answered while the slow query was still running.
        Assert.True(answeredMeanwhile > 0);
        var timedOut = await slow;
        Assert.Equal(HttpStatusCode.GatewayTimeout, timedOut.StatusCode);
        Assert.Contains("did not finish", await timedOut.Content.ReadAsStringAsync(Ct));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(FastUrl(), Ct)).StatusCode);
    }

    [Fact]
    public async Task PastTheQueue_Is503WithRetryAfter()
    {
        await using var server = await TestServers.StartAsync(Sample(), new ServerOptions
        {
            QueryTimeout = TimeSpan.FromSeconds(3), MaxConcurrentQueries = 1, MaxQueuedQueries = 0,
        });
        using var client = new HttpClient { BaseAddress = server.Address };
        var slow = client.GetAsync(Url(Slow), Ct);
        var queries = server.App.Services.GetRequiredService<Graph.Server.Protocol.QueryService>();
        while (queries.Running == 0 && !slow.IsCompleted) await Task.Delay(10, Ct);
        HttpResponseMessage? refused = null;
        // The slow query holds the only slot; until it ends, nothing else may run or wait.
        while (!slow.IsCompleted && refused is null)
        {
            var response = await client.GetAsync(FastUrl(), Ct);
            if (response.StatusCode == HttpStatusCode.ServiceUnavailable) refused = response;
            else Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
        Assert.NotNull(refused);
        Assert.Equal("1", refused.Headers.GetValues("Retry-After").Single());
        Assert.Equal(HttpStatusCode.GatewayTimeout, (await slow).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(FastUrl(), Ct)).StatusCode);
    }

    [Fact]
    public async Task ClientThatGoesAway_FreesItsSlot()
    {
        await using var server = await TestServers.StartAsync(Sample(), new ServerOptions
        {
            QueryTimeout = TimeSpan.FromSeconds(60), MaxConcurrentQueries = 1, MaxQueuedQueries = 4,
        });
        using var client = new HttpClient { BaseAddress = server.Address };
        using (var abandon = CancellationTokenSource.CreateLinkedTokenSource(Ct))
        {
            var slow = client.GetAsync(Url(Slow), abandon.Token);
            await Task.Delay(300, Ct);
            abandon.Cancel();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => slow);
        }
        // The abandoned query is cancelled through RequestAborted, so the single slot comes back long before 60 s.
        using var patient = new HttpClient { BaseAddress = server.Address, Timeout = TimeSpan.FromSeconds(30) };
        Assert.Equal(HttpStatusCode.OK, (await patient.GetAsync(FastUrl(), Ct)).StatusCode);
    }
}
