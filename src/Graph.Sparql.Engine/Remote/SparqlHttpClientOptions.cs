using System.Net.Http.Headers;

namespace Graph.Sparql.Engine.Remote;

/// <summary>How <see cref="SparqlHttpClient"/> talks to endpoints.</summary>
public sealed record SparqlHttpClientOptions
{
    /// <summary>Limit for each request (connect, send, read the whole answer). Null: the HttpClient's own.</summary>
    public TimeSpan? Timeout { get; init; }

    /// <summary>Queries whose GET URL would be longer than this are POSTed as a form (servers cap URL length near 8 KB; 2 KB is safe everywhere).</summary>
    public int MaxGetUrlLength { get; init; } = 2048;

    public string UserAgent { get; init; } = "graph/1.0 (SPARQL 1.1 Protocol client)";

    /// <summary>Sent with every request, e.g. <c>Bearer TOKEN</c> or Basic credentials for an endpoint that needs them.</summary>
    public AuthenticationHeaderValue? Authorization { get; init; }
}
