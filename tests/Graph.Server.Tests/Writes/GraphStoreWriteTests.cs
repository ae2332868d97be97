using System.Net;

namespace Graph.Server.Tests.Writes;

/// <summary>The write side of the Graph Store Protocol at <c>/data</c>: PUT, POST, DELETE, their codes and their refusals.</summary>
public sealed class GraphStoreWriteTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private const string NewGraph = "http://example.org/graphs/new";

    private static string At(string graph) => "data?graph=" + TestServers.Encode(graph);

    private static List<string> GraphLines(WriteServer server, string graph) =>
        server.Served().Where(l => l.EndsWith($"<{graph}> .", StringComparison.Ordinal)).ToList();

    [Fact]
    public async Task Put_CreatesWith201_ThenReplacesWith204()
    {
        await using var server = await WriteServer.StartAsync();
        var first = await server.Bearer.PutAsync(At(NewGraph), WriteServer.Body("@prefix ex: <http://example.org/> .\nex:a ex:p ex:b , ex:c .", "text/turtle"), Ct);
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(2, GraphLines(server, NewGraph).Count);

        var second = await server.Bearer.PutAsync(At(NewGraph), WriteServer.Body("<http://example.org/z> <http://example.org/p> \"only\" .", "application/n-triples"), Ct);
        Assert.Equal(HttpStatusCode.NoContent, second.StatusCode);
        Assert.Equal(["<http://example.org/z> <http://example.org/p> \"only\" <http://example.org/graphs/new> ."], GraphLines(server, NewGraph));
        // The other graphs are untouched.
        Assert.Equal(2, GraphLines(server, WriteServer.A.Value).Count);
        Assert.Equal(1, await server.CountAsync("?s ?p ?o", Ct));

        var get = await server.Anonymous.GetStringAsync(At(NewGraph) + "&format=nt", Ct);
        Assert.Equal("<http://example.org/z> <http://example.org/p> \"only\" .\n", get);
    }

    [Fact]
    public async Task Put_OfTheDefaultGraph_ReplacesIt_AndRelativeIrisResolveAgainstTheGraph()
    {
        await using var server = await WriteServer.StartAsync();
        var response = await server.Basic.PutAsync("data?default", WriteServer.Body("<s> <p> <o> .", "text/turtle"), Ct);
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(["s=http://example.org/s"], await server.SelectAsync("SELECT ?s WHERE { ?s ?p ?o }", Ct));

        await server.Basic.PutAsync(At(NewGraph), WriteServer.Body("<#x> <p> <o> .", "text/turtle"), Ct);
        Assert.Equal(["s=http://example.org/graphs/new#x"], await server.SelectAsync($"SELECT ?s WHERE {{ GRAPH <{NewGraph}> {{ ?s ?p ?o }} }}", Ct));
    }

    [Fact]
    public async Task Post_MergesIntoAGraph_OrCreatesIt()
    {
        await using var server = await WriteServer.StartAsync();
        var merge = await server.Bearer.PostAsync(At(WriteServer.A.Value),
            WriteServer.Body("""{ "@id": "http://example.org/s3", "http://example.org/p": { "@id": "http://example.org/o3" } }""", "application/ld+json"), Ct);
        Assert.Equal(HttpStatusCode.NoContent, merge.StatusCode);
        Assert.Equal(3, GraphLines(server, WriteServer.A.Value).Count);

        var again = await server.Bearer.PostAsync(At(WriteServer.A.Value), WriteServer.Body("<http://example.org/s3> <http://example.org/p> <http://example.org/o3> .", "text/turtle"), Ct);
        Assert.Equal(HttpStatusCode.NoContent, again.StatusCode);
        Assert.Equal(3, GraphLines(server, WriteServer.A.Value).Count);

        var create = await server.Bearer.PostAsync(At(NewGraph),
            WriteServer.Body("""<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:ex="http://example.org/"><rdf:Description rdf:about="http://example.org/r"><ex:p>v</ex:p></rdf:Description></rdf:RDF>""", "application/rdf+xml"), Ct);
        Assert.Equal(HttpStatusCode.Created, create.StatusCode);
        Assert.Single(GraphLines(server, NewGraph));
    }

    [Fact]
    public async Task Post_ToTheGraphStoreItself_MakesANewGraphNamedInLocation()
    {
        await using var server = await WriteServer.StartAsync();
        var response = await server.Bearer.PostAsync("data", WriteServer.Body("<http://example.org/q> <http://example.org/p> \"1\" .", "application/n-triples"), Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var location = response.Headers.Location!.ToString();
        Assert.StartsWith("http://example.org/graph/posted/", location, StringComparison.Ordinal);
        Assert.Single(GraphLines(server, location));
        var empty = await server.Bearer.PostAsync("data", WriteServer.Body("", "text/turtle"), Ct);
        Assert.Equal(HttpStatusCode.NoContent, empty.StatusCode);
        Assert.Null(empty.Headers.Location);
    }

    [Fact]
    public async Task ABrowserPreflight_AllowsTheWriteMethods()
    {
        await using var server = await WriteServer.StartAsync();
        using var preflight = new HttpRequestMessage(HttpMethod.Options, "data?graph=" + TestServers.Encode(NewGraph));
        preflight.Headers.Add("Origin", "https://app.example");
        preflight.Headers.Add("Access-Control-Request-Method", "PUT");
        preflight.Headers.Add("Access-Control-Request-Headers", "authorization, content-type");
        var response = await server.Anonymous.SendAsync(preflight, Ct);
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Contains("PUT", response.Headers.GetValues("Access-Control-Allow-Methods").Single(), StringComparison.Ordinal);
        Assert.Contains("DELETE", response.Headers.GetValues("Access-Control-Allow-Methods").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Delete_DropsAGraph_And404sWhenItIsAbsent()
    {
        await using var server = await WriteServer.StartAsync();
        Assert.Equal(HttpStatusCode.NoContent, (await server.Bearer.DeleteAsync(At(WriteServer.A.Value), Ct)).StatusCode);
        Assert.Empty(GraphLines(server, WriteServer.A.Value));
        Assert.Equal(HttpStatusCode.NotFound, (await server.Anonymous.GetAsync(At(WriteServer.A.Value), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await server.Bearer.DeleteAsync(At(WriteServer.A.Value), Ct)).StatusCode);
        // The default graph always exists: DELETE empties it.
        Assert.Equal(HttpStatusCode.NoContent, (await server.Bearer.DeleteAsync("data?default", Ct)).StatusCode);
        Assert.Equal(0, server.Server.Holder.Current.Store.Count);
    }

    [Fact]
    public async Task Put_WithAnEmptyBody_MakesAnEmptyGraphThatExistsUntilDeleted()
    {
        await using var server = await WriteServer.StartAsync();
        Assert.Equal(HttpStatusCode.Created, (await server.Bearer.PutAsync(At(NewGraph), WriteServer.Body("", "text/turtle"), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await server.Bearer.PutAsync(At(NewGraph), WriteServer.Body("", "text/turtle"), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await server.Bearer.DeleteAsync(At(NewGraph), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await server.Bearer.DeleteAsync(At(NewGraph), Ct)).StatusCode);
    }

    [Fact]
    public async Task ABodyWithASyntaxError_Is400WithLineAndColumn_AndChangesNothing()
    {
        await using var server = await WriteServer.StartAsync();
        var before = server.Served();
        var response = await server.Bearer.PutAsync(At(WriteServer.A.Value), WriteServer.Body("<http://example.org/a> <http://example.org/b> <http://example.org/c> .\n<http://example.org/a> <http://example.org/b> .\n", "text/turtle"), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("line 2, column", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(before, server.Served());
    }

    [Fact]
    public async Task UnknownMediaTypes_Are415_LargeBodies413_NamedGraphsInTheBody400()
    {
        await using var server = await WriteServer.StartAsync(o => o with { MaxBodyBytes = 1000 });
        var before = server.Served();
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, (await server.Bearer.PutAsync(At(NewGraph), WriteServer.Body("x", "application/x-unknown"), Ct)).StatusCode);
        using (var noType = new HttpRequestMessage(HttpMethod.Put, At(NewGraph)) { Content = new ByteArrayContent("<a:s> <a:p> <a:o> ."u8.ToArray()) })
            Assert.Equal(HttpStatusCode.UnsupportedMediaType, (await server.Bearer.SendAsync(noType, Ct)).StatusCode);
        var large = string.Concat(Enumerable.Range(0, 100).Select(i => $"<http://example.org/s{i}> <http://example.org/p> {i} .\n"));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, (await server.Bearer.PutAsync(At(NewGraph), WriteServer.Body(large, "text/turtle"), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, (await server.Bearer.PostAsync("update", WriteServer.Update("INSERT DATA { " + large + " }"), Ct)).StatusCode);
        var trig = await server.Bearer.PutAsync(At(NewGraph), WriteServer.Body("<http://example.org/g> { <a:s> <a:p> <a:o> }", "application/trig"), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, trig.StatusCode);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, (await server.Bearer.PutAsync("data", WriteServer.Body("<a:s> <a:p> <a:o> .", "text/turtle"), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, (await server.Bearer.DeleteAsync("data", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await server.Bearer.PutAsync("data?graph=not%20an%20iri", WriteServer.Body("", "text/turtle"), Ct)).StatusCode);
        Assert.Equal(before, server.Served());
    }
}
