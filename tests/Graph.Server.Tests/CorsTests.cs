using System.Net;

namespace Graph.Server.Tests;

/// <summary>CORS: browser clients on other origins may query the endpoint, preflight included, errors too.</summary>
public sealed class CorsTests(SampleServer fixture) : IClassFixture<SampleServer>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Preflight_AllowsPostWithContentType()
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, "sparql");
        request.Headers.Add("Origin", "https://yasgui.example");
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "content-type");
        var response = await fixture.Client.SendAsync(request, Ct);
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Contains("POST", response.Headers.GetValues("Access-Control-Allow-Methods").Single());
        Assert.Contains("content-type", response.Headers.GetValues("Access-Control-Allow-Headers").Single());
    }

    [Theory]
    [InlineData("sparql?query=ASK%20%7B%7D")]
    [InlineData("sparql?query=ASK%20%7B")]
    [InlineData("data?default")]
    public async Task EveryResponse_AllowsAnyOrigin(string url)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("Origin", "https://yasgui.example");
        var response = await fixture.Client.SendAsync(request, Ct);
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
    }
}
