namespace Graph.Publishing.Push;

/// <summary>Options of <see cref="Publisher"/> (<c>graph push</c>).</summary>
public sealed record PushOptions
{
    /// <summary>The SPARQL 1.1 Update endpoint; also names the target in the push state.</summary>
    public required Uri Endpoint { get; init; }

    /// <summary>The SPARQL 1.1 Graph Store HTTP Protocol endpoint; when given, graphs are sent by PUT/DELETE there.</summary>
    public Uri? GraphStore { get; init; }

    /// <summary>Bearer token sent as <c>Authorization: Bearer …</c> (RFC 6750), e.g. to <c>graph serve --allow-writes --token-env</c>; exclusive with <see cref="User"/>.</summary>
    public string? Token { get; init; }

    /// <summary>Basic authentication (both or neither).</summary>
    public string? User { get; init; }

    public string? Password { get; init; }

    /// <summary>Most triples per <c>INSERT DATA</c> request (Update transport).</summary>
    public int Batch { get; init; } = 10_000;

    /// <summary>Attempts per graph on transient failures (5xx, 408, 429, timeouts, connection errors).</summary>
    public int MaxAttempts { get; init; } = 5;

    /// <summary>Wait before the second attempt; doubled each time, capped at <see cref="MaxBackoff"/>.</summary>
    public TimeSpan InitialBackoff { get; init; } = TimeSpan.FromMilliseconds(500);

    public TimeSpan MaxBackoff { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Time limit of one HTTP request.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(100);

    /// <summary>The key of the target in the push state (the endpoint URL).</summary>
    public string Target => Endpoint.AbsoluteUri;
}
