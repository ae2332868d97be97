using Graph.Core.Terms;

namespace Graph.Sparql.Engine;

/// <summary>How to run a SPARQL 1.1 Update request (<see cref="UpdateEngine"/>).</summary>
public sealed record UpdateOptions
{
    /// <summary>Stops the request; the Graph Store is left as it was.</summary>
    public CancellationToken CancellationToken { get; init; }

    /// <summary>Wall-clock limit for the whole request; exceeded, it fails with <see cref="QueryTimeoutException"/> and changes nothing.</summary>
    public TimeSpan? Timeout { get; init; }

    /// <summary>
    /// Reads the RDF document at an IRI for <c>LOAD</c> (its triples; graph names in it are ignored). Null: LOAD fails
    /// (or, with SILENT, does nothing). Throwing fails the operation the same way.
    /// </summary>
    public Func<Iri, CancellationToken, IEnumerable<Quad>>? Loader { get; init; }

    /// <summary>Evaluates <c>SERVICE</c> patterns in WHERE clauses (see <see cref="QueryOptions.ServiceClient"/>).</summary>
    public ISparqlServiceClient? ServiceClient { get; init; }

    /// <summary>The instant NOW() returns; default: when the request starts (the same for every operation).</summary>
    public DateTimeOffset? Now { get; init; }
}
