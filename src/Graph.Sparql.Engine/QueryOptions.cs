namespace Graph.Sparql.Engine;

/// <summary>How to run a query.</summary>
public sealed record QueryOptions
{
    /// <summary>Stops the query (every operator checks it) with <see cref="OperationCanceledException"/>.</summary>
    public CancellationToken CancellationToken { get; init; }

    /// <summary>Wall-clock limit; exceeded, the query fails with <see cref="QueryTimeoutException"/>. Null: no limit.</summary>
    public TimeSpan? Timeout { get; init; }

    /// <summary>Most rows (or triples) a result may hold; more fails with <see cref="QueryLimitException"/>. Null: no limit.</summary>
    public long? MaxResults { get; init; }

    /// <summary>Run the optimiser's rewrites (filter pushing, join reordering …) before planning. Default true.</summary>
    public bool Optimize { get; init; } = true;

    /// <summary>The instant NOW() returns; default: when the query starts.</summary>
    public DateTimeOffset? Now { get; init; }

    /// <summary>Evaluates <c>SERVICE</c> patterns at remote endpoints. Null: SERVICE fails (SERVICE SILENT gives one empty solution).</summary>
    public ISparqlServiceClient? ServiceClient { get; init; }
}
