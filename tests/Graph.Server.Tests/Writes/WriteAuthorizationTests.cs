using System.Net;
using System.Net.Http.Headers;
using Graph.Server.Writes;

namespace Graph.Server.Tests.Writes;

/// <summary>Who may write: the bearer token or the basic credentials, nobody else; reads stay public.</summary>
public sealed class WriteAuthorizationTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private const string Insert = "INSERT DATA { <http://example.org/new> <http://example.org/p> 1 }";

    // "" sends no Authorization header at all.
    public static TheoryData<string> Refused() => new()
    {
        "",
        "Bearer wrong-token",
        "Bearer " + WriteServer.Token + "x",
        "Bearer",
        "bearer  ",
        "Basic " + Convert.ToBase64String("editor:wrong"u8.ToArray()),
        "Basic " + Convert.ToBase64String("someone:pa:ss wörd"u8.ToArray()),
        "Basic not-base64!",
        "Basic " + Convert.ToBase64String("no-colon"u8.ToArray()),
        "Digest username=\"editor\"",
        WriteServer.Token,
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task EveryWriteWithoutValidCredentials_Is401WithChallenges_AndChangesNothing(string authorization)
    {
        await using var server = await WriteServer.StartAsync();
        var before = server.Served();
        var requests = new Func<HttpRequestMessage>[]
        {
            () => new(HttpMethod.Post, "update") { Content = WriteServer.Update(Insert) },
            () => new(HttpMethod.Post, "update") { Content = new FormUrlEncodedContent([new("update", Insert)]) },
            () => new(HttpMethod.Post, "sparql") { Content = WriteServer.Update(Insert) },
            () => new(HttpMethod.Put, "data?graph=" + TestServers.Encode(WriteServer.A.Value)) { Content = WriteServer.Body("<a:s> <a:p> <a:o> .", "text/turtle") },
            () => new(HttpMethod.Post, "data?default") { Content = WriteServer.Body("<a:s> <a:p> <a:o> .", "text/turtle") },
            () => new(HttpMethod.Post, "data") { Content = WriteServer.Body("<a:s> <a:p> <a:o> .", "text/turtle") },
            () => new(HttpMethod.Delete, "data?graph=" + TestServers.Encode(WriteServer.A.Value)),
        };
        foreach (var make in requests)
        {
            using var request = make();
            if (authorization.Length > 0) request.Headers.TryAddWithoutValidation("Authorization", authorization);
            using var response = await server.Anonymous.SendAsync(request, Ct);
            Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{request.Method} {request.RequestUri}: {(int)response.StatusCode}");
            var challenges = response.Headers.WwwAuthenticate.Select(c => c.Scheme).ToList();
            Assert.Equal(["Bearer", "Basic"], challenges);
        }
        Assert.Equal(before, server.Served());
        Assert.False(File.Exists(server.Trig));
    }

    [Fact]
    public async Task TheTokenAndTheBasicCredentialsEachAllowWrites()
    {
        await using var server = await WriteServer.StartAsync();
        var byToken = await server.Bearer.PostAsync("update", WriteServer.Update("INSERT DATA { <http://example.org/t> <http://example.org/p> 1 }"), Ct);
        Assert.Equal(HttpStatusCode.OK, byToken.StatusCode);
        var byBasic = await server.Basic.PostAsync("update", WriteServer.Update("INSERT DATA { <http://example.org/b> <http://example.org/p> 2 }"), Ct);
        Assert.Equal(HttpStatusCode.OK, byBasic.StatusCode);
        // Scheme names are case-insensitive (RFC 9110 §11.1).
        using var lower = new HttpRequestMessage(HttpMethod.Post, "update") { Content = WriteServer.Update("INSERT DATA { <http://example.org/l> <http://example.org/p> 3 }") };
        lower.Headers.TryAddWithoutValidation("Authorization", "bearer " + WriteServer.Token);
        Assert.Equal(HttpStatusCode.OK, (await server.Anonymous.SendAsync(lower, Ct)).StatusCode);
        Assert.Equal(3, await server.CountAsync("?s <http://example.org/p> ?n FILTER(isLiteral(?n) && datatype(?n) = <http://www.w3.org/2001/XMLSchema#integer>)", Ct));
    }

    [Fact]
    public async Task ReadsNeedNoCredentials()
    {
        await using var server = await WriteServer.StartAsync();
        Assert.Equal(3, await server.CountAsync("{ ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } }", Ct));
        Assert.Equal(HttpStatusCode.OK, (await server.Anonymous.GetAsync("data?graph=" + TestServers.Encode(WriteServer.A.Value), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await server.Anonymous.GetAsync("data", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await server.Anonymous.GetAsync(".well-known/void", Ct)).StatusCode);
    }

    [Fact]
    public async Task OnlyOneSchemeConfigured_ChallengesOnlyForIt_AndRefusesTheOther()
    {
        await using var server = await WriteServer.StartAsync(o => o with { User = null, Password = null });
        var response = await server.Basic.PostAsync("update", WriteServer.Update("CLEAR ALL"), Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", Assert.Single(response.Headers.WwwAuthenticate).Scheme);
        Assert.Equal(HttpStatusCode.OK, (await server.Bearer.PostAsync("update", WriteServer.Update("CLEAR ALL"), Ct)).StatusCode);
    }

    [Fact]
    public async Task WithoutWrites_TheServerStaysReadOnly()
    {
        var snapshot = new DatasetSnapshot(new Graph.Store.QuadStore(), "http://example.org/", null, null, DateTimeOffset.UtcNow, 1);
        await using var server = await TestServers.StartAsync(snapshot, new ServerOptions());
        using var client = new HttpClient { BaseAddress = server.Address };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", WriteServer.Token);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsync("update", WriteServer.Update(Insert), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsync("sparql", WriteServer.Update(Insert), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, (await client.PutAsync("data?default", WriteServer.Body("<a:s> <a:p> <a:o> .", "text/turtle"), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, (await client.DeleteAsync("data?default", Ct)).StatusCode);
        Assert.Equal(0, server.Holder.Current.Store.Count);
    }

    [Theory]
    [InlineData(null, null, null)]
    [InlineData("", null, null)]
    [InlineData(null, "editor", null)]
    [InlineData(null, "ed:itor", "pw")]
    [InlineData(null, "editor", "")]
    public void OptionsWithoutAUsableCredential_AreRefused(string? token, string? user, string? password)
    {
        var options = new WriteOptions { Token = token, User = user, Password = password };
        Assert.Throws<ArgumentException>(options.Validate);
    }
}
