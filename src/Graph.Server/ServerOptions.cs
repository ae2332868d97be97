namespace Graph.Server;

/// <summary>How <see cref="GraphServer"/> listens and the limits it enforces on each request.</summary>
public sealed record ServerOptions
{
    /// <summary>Address to bind (<c>--host</c>); loopback by default.</summary>
    public string Host { get; init; } = "127.0.0.1";

    /// <summary>TCP port (<c>--port</c>); 0 picks a free port (read it back from <see cref="GraphServer.Address"/>).</summary>
    public int Port { get; init; } = 8080;

    /// <summary>Wall-clock limit of one query (<c>--timeout</c>); exceeded, the client gets 504. Null: no limit.</summary>
    public TimeSpan? QueryTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Queries evaluated at the same time; more wait in the queue.</summary>
    public int MaxConcurrentQueries { get; init; } = Math.Max(4, 2 * Environment.ProcessorCount);

    /// <summary>Queries waiting for a slot; one more gets 503 with Retry-After.</summary>
    public int MaxQueuedQueries { get; init; } = 256;

    /// <summary>Largest query or request body accepted, in bytes (UTF-8); larger gets 413.</summary>
    public int MaxQueryBytes { get; init; } = 256 * 1024;

    /// <summary>Deepest nesting of brackets in a query; deeper gets 400 before the recursive parser sees it.</summary>
    public int MaxQueryNesting { get; init; } = 128;

    /// <summary>Most rows (or triples) one result may hold; more fails the query (null: no limit).</summary>
    public long? MaxResults { get; init; }

    /// <summary>Bytes of finished query responses kept for repeated queries over the same snapshot; 0 disables.</summary>
    public long ResultCacheBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>The <c>Access-Control-Allow-Origin</c> value sent with every response; null disables CORS.</summary>
    public string? CorsOrigin { get; init; } = "*";

    /// <summary>
    /// What to do with SPARQL Update requests; null refuses them (the endpoint is read-only), unless <see cref="Writes"/>
    /// is set, which supplies the authenticated handler.
    /// </summary>
    public ISparqlUpdateHandler? UpdateHandler { get; init; }

    /// <summary>
    /// Authenticated writes (SPARQL Update at <c>/update</c>, Graph Store PUT/POST/DELETE at <c>/data</c>) and where
    /// they are persisted; null: the server is read-only.
    /// </summary>
    public Writes.WriteOptions? Writes { get; init; }

    /// <summary>Evaluates SERVICE patterns of served queries at remote endpoints (federated query); null: SERVICE fails (SILENT: empty).</summary>
    public Graph.Sparql.Engine.ISparqlServiceClient? ServiceClient { get; init; }
}
