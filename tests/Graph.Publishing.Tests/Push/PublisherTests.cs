using System.Net;
using Graph.Core.Graphs;
using Graph.Core.Terms;
using Graph.Publishing.Push;
using static Graph.Publishing.Tests.Push.Datasets;

namespace Graph.Publishing.Tests.Push;

public sealed class PublisherTests
{
    private static readonly Uri Endpoint = new("http://store.test/sparql");
    private static readonly Uri GraphStore = new("http://store.test/rdf-graph-store");
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task GraphStoreProtocolPutsEachGraphAsNTriples()
    {
        var handler = new RecordingHandler();
        using var publisher = new Publisher(new PushOptions { Endpoint = Endpoint, GraphStore = GraphStore }, handler);
        var report = await publisher.PushAsync(Three(), TempState(), null, Ct);
        Assert.True(report.Succeeded);
        Assert.Equal(["http://ex.org/a", "http://ex.org/b", "http://ex.org/c"], report.Sent);
        Assert.All(handler.Requests, r => Assert.Equal(HttpMethod.Put, r.Method));
        Assert.Equal("http://store.test/rdf-graph-store?graph=http%3A%2F%2Fex.org%2Fb", handler.Requests[1].Url.AbsoluteUri);
        Assert.Equal("<http://ex.org/s2> <http://ex.org/p> \"b1\" .\n<http://ex.org/s3> <http://ex.org/p> \"b2\" .\n", handler.Requests[1].Body);
        Assert.Equal("text/turtle; charset=utf-8", handler.Requests[1].ContentType);
        Assert.Null(handler.Requests[0].Authorization);
    }

    [Fact]
    public async Task TheDefaultGraphIsAddressedWithDefault()
    {
        var handler = new RecordingHandler();
        using var publisher = new Publisher(new PushOptions { Endpoint = Endpoint, GraphStore = new Uri("http://store.test/crud?x=1") }, handler);
        await publisher.PushAsync(PublishedGraph.FromDataset([Q("s", "o", null)]), TempState(), null, Ct);
        Assert.Equal("http://store.test/crud?x=1&default", Assert.Single(handler.Requests).Url.AbsoluteUri);
    }

    [Fact]
    public async Task OnlyChangedGraphsAreSentAndVanishedOnesDropped()
    {
        var state = TempState();
        var handler = new RecordingHandler();
        using var publisher = new Publisher(new PushOptions { Endpoint = Endpoint, GraphStore = GraphStore }, handler);
        await publisher.PushAsync(Three(), state, null, Ct);
        handler.Requests.Clear();

        var next = Three(cText: "changed").Where(g => g.Key != "http://ex.org/a").ToList();
        var report = await publisher.PushAsync(next, state, null, Ct);
        Assert.Equal(["http://ex.org/c"], report.Sent);
        Assert.Equal(["http://ex.org/a"], report.Dropped);
        Assert.Equal(["http://ex.org/b"], report.Unchanged);
        Assert.Equal([HttpMethod.Put, HttpMethod.Delete], handler.Requests.Select(r => r.Method));

        var graphs = PushState.Load(state).Graphs(Endpoint.AbsoluteUri);
        Assert.Equal(["http://ex.org/b", "http://ex.org/c"], graphs.Keys);
        Assert.Equal(next.Single(g => g.Key == "http://ex.org/c").Hash, graphs["http://ex.org/c"]);
    }

    [Fact]
    public async Task DeletingAnAbsentGraphIsNotAnError()
    {
        var state = TempState();
        using (var publisher = new Publisher(new PushOptions { Endpoint = Endpoint, GraphStore = GraphStore }, new RecordingHandler()))
            await publisher.PushAsync(Three(), state, null, Ct);
        var handler = new RecordingHandler((_, _) => new HttpResponseMessage(HttpStatusCode.NotFound));
        using var again = new Publisher(new PushOptions { Endpoint = Endpoint, GraphStore = GraphStore }, handler);
        var report = await again.PushAsync([], state, null, Ct);
        Assert.True(report.Succeeded);
        Assert.Equal(3, report.Dropped.Count);
        Assert.Empty(PushState.Load(state).Graphs(Endpoint.AbsoluteUri));
    }

    [Fact]
    public async Task TransientFailuresAreRetriedWithExponentialBackOff()
    {
        var waits = new List<TimeSpan>();
        // The second graph fails twice with 503, then a connection error, then succeeds.
        var handler = new RecordingHandler((r, n) => n switch
        {
            2 or 3 => new HttpResponseMessage(HttpStatusCode.ServiceUnavailable),
            4 => throw new HttpRequestException("connection refused"),
            _ => new HttpResponseMessage(HttpStatusCode.Created),
        });
        var options = new PushOptions { Endpoint = Endpoint, GraphStore = GraphStore, InitialBackoff = TimeSpan.FromSeconds(1), MaxBackoff = TimeSpan.FromSeconds(3) };
        using var publisher = new Publisher(options, handler, (t, _) => { waits.Add(t); return Task.CompletedTask; });
        var report = await publisher.PushAsync(Three(), TempState(), null, Ct);
        Assert.True(report.Succeeded);
        Assert.Equal([TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(3)], waits);
        Assert.Equal(6, handler.Requests.Count);
    }

    [Fact]
    public async Task AFailedPushSaysWhatWasSentAndWhatWasNotAndKeepsTheStateHonest()
    {
        var state = TempState();
        var handler = new RecordingHandler((r, _) => r.Url.Query.Contains("%2Fb", StringComparison.Ordinal)
            ? new HttpResponseMessage(HttpStatusCode.BadGateway)
            : new HttpResponseMessage(HttpStatusCode.Created));
        var options = new PushOptions { Endpoint = Endpoint, GraphStore = GraphStore, MaxAttempts = 3 };
        using var publisher = new Publisher(options, handler, (_, _) => Task.CompletedTask);
        var report = await publisher.PushAsync(Three(), state, null, Ct);
        Assert.False(report.Succeeded);
        Assert.Equal(["http://ex.org/a"], report.Sent);
        Assert.Equal("http://ex.org/b", report.Failed);
        Assert.Contains("502", report.Error, StringComparison.Ordinal);
        Assert.Equal(["http://ex.org/c"], report.NotSent);
        Assert.Equal(4, handler.Requests.Count); // a, then b three times; c never
        Assert.Equal(["http://ex.org/a"], PushState.Load(state).Graphs(Endpoint.AbsoluteUri).Keys);
    }

    [Fact]
    public async Task ClientErrorsAreNotRetried()
    {
        var handler = new RecordingHandler((_, _) => new HttpResponseMessage(HttpStatusCode.Unauthorized));
        using var publisher = new Publisher(new PushOptions { Endpoint = Endpoint, GraphStore = GraphStore }, handler, (_, _) => Task.CompletedTask);
        var report = await publisher.PushAsync(Three(), TempState(), null, Ct);
        Assert.Equal("http://ex.org/a", report.Failed);
        Assert.Single(handler.Requests);
        Assert.Equal(2, report.NotSent.Count);
    }

    [Fact]
    public async Task BasicAuthenticationCarriesTheUserAndPassword()
    {
        var handler = new RecordingHandler();
        using var publisher = new Publisher(new PushOptions { Endpoint = Endpoint, User = "ann", Password = "s3cret:x" }, handler);
        await publisher.PushAsync(Three(), TempState(), null, Ct);
        Assert.All(handler.Requests, r => Assert.Equal("Basic " + Convert.ToBase64String("ann:s3cret:x"u8.ToArray()), r.Authorization));
    }

    [Fact]
    public async Task ABearerTokenIsSentAsSuch_AndExcludesAUser()
    {
        var handler = new RecordingHandler();
        using (var publisher = new Publisher(new PushOptions { Endpoint = Endpoint, Token = "t0k3n" }, handler))
            await publisher.PushAsync(Three(), TempState(), null, Ct);
        Assert.NotEmpty(handler.Requests);
        Assert.All(handler.Requests, r => Assert.Equal("Bearer t0k3n", r.Authorization));
        Assert.Throws<ArgumentException>(() => new Publisher(new PushOptions { Endpoint = Endpoint, Token = "t", User = "u", Password = "p" }, handler));
    }

    [Fact]
    public async Task SparqlUpdateSendsSmallGraphsInOneRequestAndLargeOnesThroughAStagingGraph()
    {
        var handler = new RecordingHandler();
        using var publisher = new Publisher(new PushOptions { Endpoint = Endpoint, Batch = 2 }, handler);
        await publisher.PushAsync(Three(), TempState(), null, Ct);
        Assert.All(handler.Requests, r =>
        {
            Assert.Equal(HttpMethod.Post, r.Method);
            Assert.Equal(Endpoint, r.Url);
            Assert.Equal("application/sparql-update; charset=utf-8", r.ContentType);
        });
        var bodies = handler.Requests.Select(r => r.Body).ToList();
        Assert.Equal("DROP SILENT GRAPH <http://ex.org/a> ;\nINSERT DATA { GRAPH <http://ex.org/a> {\n<http://ex.org/s1> <http://ex.org/p> \"a\" .\n} }", bodies[0]);
        Assert.StartsWith("DROP SILENT GRAPH <http://ex.org/b> ;\nINSERT DATA", bodies[1], StringComparison.Ordinal);
        // c has 5 triples: clear the staging graph, 3 batches of at most 2, one MOVE.
        var staging = SparqlUpdateTransportStaging("http://ex.org/c");
        Assert.Equal($"DROP SILENT GRAPH <{staging}>", bodies[2]);
        Assert.Equal(3, bodies.Skip(3).Take(3).Count(b => b.StartsWith($"INSERT DATA {{ GRAPH <{staging}> {{", StringComparison.Ordinal)));
        Assert.Equal([2, 2, 1], bodies.Skip(3).Take(3).Select(b => b.Split('\n').Count(l => l.EndsWith(" .", StringComparison.Ordinal))));
        Assert.Equal($"MOVE GRAPH <{staging}> TO GRAPH <http://ex.org/c>", bodies[6]);
        Assert.Equal(7, bodies.Count);
    }

    [Fact]
    public async Task ARetriedStagedGraphStartsAgainFromAnEmptyStagingGraph()
    {
        var handler = new RecordingHandler((r, _) => r.Body.StartsWith("MOVE", StringComparison.Ordinal) && r.Body.Length > 0 && s_failedOnce.Add(r.Body)
            ? new HttpResponseMessage(HttpStatusCode.InternalServerError)
            : new HttpResponseMessage(HttpStatusCode.OK));
        using var publisher = new Publisher(new PushOptions { Endpoint = Endpoint, Batch = 2 }, handler, (_, _) => Task.CompletedTask);
        var report = await publisher.PushAsync(Three().Where(g => g.Key == "http://ex.org/c").ToList(), TempState(), null, Ct);
        Assert.True(report.Succeeded);
        var bodies = handler.Requests.Select(r => r.Body).ToList();
        Assert.Equal(10, bodies.Count); // drop, 3 inserts, move (500); drop, 3 inserts, move
        Assert.StartsWith("DROP SILENT GRAPH <urn:graph-push:staging:", bodies[5], StringComparison.Ordinal);
    }

    private static readonly HashSet<string> s_failedOnce = [];

    [Fact]
    public async Task GraphsWithBlankNodesAreSentInOneRequest()
    {
        var b = new BlankNode("x");
        var quads = Enumerable.Range(0, 5).Select(i => new Quad(b, new Iri("http://ex.org/p"), Literal.Integer(i), new Iri("http://ex.org/g"))).ToList();
        var handler = new RecordingHandler();
        using var publisher = new Publisher(new PushOptions { Endpoint = Endpoint, Batch = 2 }, handler);
        await publisher.PushAsync(PublishedGraph.FromDataset(quads), TempState(), null, Ct);
        Assert.Equal(5, Assert.Single(handler.Requests).Body.Split("_:b0", StringSplitOptions.None).Length - 1);
    }

    [Fact]
    public void APublishedGraphHashIsTheGraphHashOfItsTriples()
    {
        var quads = Enumerable.Range(0, 5).Select(i => Q("s" + i, "ö" + i, "g")).ToList();
        var g = PublishedGraph.Create(new Iri("http://ex.org/g"), quads);
        Assert.Equal(GraphHash.Sha256(quads), g.Hash);
        Assert.Equal(g.Hash, PublishedGraph.Create(new Iri("http://ex.org/g"), Enumerable.Reverse(quads).Concat(quads)).Hash);
    }

    [Fact]
    public void DefaultGraphStatementsCanBeSentToANamedGraph()
    {
        var graphs = PublishedGraph.FromDataset([Q("s", "o", null), Q("s", "o2", "g")], new Iri("http://ex.org/default"));
        Assert.Equal(["http://ex.org/default", "http://ex.org/g"], graphs.Select(g => g.Key));
    }

    private static string SparqlUpdateTransportStaging(string key) => SparqlUpdateTransport.StagingGraph(key);
}
