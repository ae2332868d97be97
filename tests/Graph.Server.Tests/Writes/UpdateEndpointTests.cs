using System.Net;

namespace Graph.Server.Tests.Writes;

/// <summary>SPARQL 1.1 Update at <c>/update</c> (and <c>/sparql</c>) with credentials: the next query sees the change.</summary>
public sealed class UpdateEndpointTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private const string Names = "SELECT ?s WHERE { ?s <http://example.org/name> ?n }";

    [Fact]
    public async Task AnUpdate_IsSeenByTheNextQuery_EvenARepeatedCachedOne()
    {
        await using var server = await WriteServer.StartAsync();
        Assert.Empty(await server.SelectAsync(Names, Ct));
        var generation = server.Server.Holder.Current.Generation;
        var response = await server.Bearer.PostAsync("update", WriteServer.Update(
            "PREFIX ex: <http://example.org/> INSERT DATA { ex:x ex:name \"x\" . GRAPH ex:g { ex:y ex:name \"y\" } }"), Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("OK: 1 operation(s), 2 quad(s) inserted, 0 deleted.\n", await response.Content.ReadAsStringAsync(Ct));
        Assert.Equal(["s=http://example.org/x"], await server.SelectAsync(Names, Ct));
        Assert.Equal(generation + 1, server.Server.Holder.Current.Generation);

        // DELETE/INSERT WHERE over the new data, by form POST at /sparql.
        var form = await server.Basic.PostAsync("sparql", new FormUrlEncodedContent([new("update",
            "PREFIX ex: <http://example.org/> DELETE { GRAPH ?g { ?s ex:name ?n } } INSERT { ?s ex:name \"renamed\" } WHERE { GRAPH ?g { ?s ex:name ?n } }")]), Ct);
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        Assert.Equal(["s=http://example.org/x", "s=http://example.org/y"], await server.SelectAsync(Names, Ct));
    }

    [Fact]
    public async Task UsingGraphUri_IsTheDatasetOfTheWhereClause()
    {
        await using var server = await WriteServer.StartAsync();
        var update = "INSERT { ?s <http://example.org/seen> true } WHERE { ?s <http://example.org/p> ?o }";
        var response = await server.Bearer.PostAsync("update?using-graph-uri=" + TestServers.Encode(WriteServer.A.Value), WriteServer.Update(update), Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["s=http://example.org/s1", "s=http://example.org/s2"], await server.SelectAsync("SELECT ?s WHERE { ?s <http://example.org/seen> true }", Ct));
        // With a USING of its own, the protocol's parameter is an error (SPARQL 1.1 Protocol §2.2.3).
        var both = await server.Bearer.PostAsync("update?using-graph-uri=" + TestServers.Encode(WriteServer.A.Value),
            WriteServer.Update("INSERT { ?s <http://example.org/q> 1 } USING <http://example.org/graphs/a> WHERE { ?s ?p ?o }"), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, both.StatusCode);
    }

    [Fact]
    public async Task AFailingRequest_ChangesNothing()
    {
        await using var server = await WriteServer.StartAsync();
        var before = server.Served();
        var generation = server.Server.Holder.Current.Generation;

        var syntax = await server.Bearer.PostAsync("update", WriteServer.Update("INSERT DATA {\n  <a:s> <a:p> \n}"), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, syntax.StatusCode);
        Assert.Contains("line 3, column 1", await syntax.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);

        // The first operation succeeds, the second fails: the request as a whole is undone.
        var failing = await server.Bearer.PostAsync("update", WriteServer.Update(
            "INSERT DATA { <a:s> <a:p> <a:o> } ; CREATE GRAPH <http://example.org/graphs/a>"), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, failing.StatusCode);
        Assert.Contains("exists", await failing.Content.ReadAsStringAsync(Ct), StringComparison.OrdinalIgnoreCase);

        Assert.Equal(before, server.Served());
        Assert.Equal(generation, server.Server.Holder.Current.Generation);
        Assert.False(File.Exists(server.Trig));
    }

    [Fact]
    public async Task ProtocolMistakes_AreRefused()
    {
        await using var server = await WriteServer.StartAsync();
        Assert.Equal(HttpStatusCode.MethodNotAllowed, (await server.Bearer.GetAsync("update?update=CLEAR%20ALL", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await server.Bearer.PostAsync("update", new FormUrlEncodedContent([new("query", "ASK {}")]), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await server.Bearer.PostAsync("update", new FormUrlEncodedContent([new("other", "x")]), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, (await server.Bearer.PostAsync("update", WriteServer.Body("CLEAR ALL", "text/plain"), Ct)).StatusCode);
        Assert.Equal(3, server.Server.Holder.Current.Store.Count);
    }

    [Fact]
    public async Task CreateGraph_MakesAnEmptyGraphThatExistsForLaterRequests()
    {
        await using var server = await WriteServer.StartAsync();
        Assert.Equal(HttpStatusCode.OK, (await server.Bearer.PostAsync("update", WriteServer.Update("CREATE GRAPH <http://example.org/empty>"), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await server.Bearer.PostAsync("update", WriteServer.Update("CREATE GRAPH <http://example.org/empty>"), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await server.Bearer.PostAsync("update", WriteServer.Update("DROP GRAPH <http://example.org/empty>"), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await server.Bearer.PostAsync("update", WriteServer.Update("DROP GRAPH <http://example.org/empty>"), Ct)).StatusCode);
    }

    [Fact]
    public async Task ANewResource_IsDereferenceableAtOnce()
    {
        await using var server = await WriteServer.StartAsync();
        static HttpRequestMessage Request() => new(HttpMethod.Get, "fresh-thing") { Headers = { { "Accept", "application/n-triples" } } };
        Assert.Equal(HttpStatusCode.NotFound, (await server.Anonymous.SendAsync(Request(), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await server.Bearer.PostAsync("update", WriteServer.Update(
            "INSERT DATA { <http://example.org/fresh-thing> <http://schema.org/name> \"fresh\" }"), Ct)).StatusCode);
        var response = await server.Anonymous.SendAsync(Request(), Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"fresh\"", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheVoidStatistics_FollowTheWrites()
    {
        await using var server = await WriteServer.StartAsync();
        var before = await server.Anonymous.GetStringAsync(".well-known/void?format=nt", Ct);
        Assert.Contains("<http://rdfs.org/ns/void#triples> \"3\"", before, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await server.Bearer.PostAsync("update", WriteServer.Update(
            "INSERT DATA { <http://example.org/n1> <http://example.org/p> 1 . <http://example.org/n2> <http://example.org/p> 2 }"), Ct)).StatusCode);
        var after = await server.Anonymous.GetStringAsync(".well-known/void?format=nt", Ct);
        Assert.Contains("<http://rdfs.org/ns/void#triples> \"5\"", after, StringComparison.Ordinal);
    }
}
