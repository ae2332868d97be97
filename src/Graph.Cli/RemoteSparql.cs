using Graph.Sparql.Engine.Remote;

namespace Graph.Cli;

/// <summary>
/// The HTTP side of the CLI: one <see cref="SparqlHttpClient"/> for <c>--endpoint</c> and for SERVICE in local
/// queries, and the mapping of its failures to exit codes (see README, Exit codes).
/// </summary>
internal static class RemoteSparql
{
    private static readonly HttpClient s_http = new(new SocketsHttpHandler { AutomaticDecompression = System.Net.DecompressionMethods.All })
    {
        // Each request carries its own limit (--timeout); without one, none.
        Timeout = System.Threading.Timeout.InfiniteTimeSpan,
    };

    public static SparqlHttpClient Client(double? timeoutSeconds) =>
        new(s_http, new SparqlHttpClientOptions { Timeout = timeoutSeconds is { } s ? TimeSpan.FromSeconds(s) : null });

    /// <summary>An <c>--endpoint</c> value as an absolute http(s) URL.</summary>
    public static Uri ParseEndpoint(string text)
    {
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            throw new UsageException($"--endpoint '{text}' is not an absolute http:// or https:// URL.");
        return uri;
    }
}
