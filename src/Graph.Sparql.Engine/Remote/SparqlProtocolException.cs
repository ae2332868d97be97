namespace Graph.Sparql.Engine.Remote;

/// <summary>
/// A remote SPARQL endpoint could not be reached, refused the request (an HTTP error status, with the start of the
/// body the server sent), or answered in a form we cannot read (SPARQL 1.1 Protocol, https://www.w3.org/TR/sparql11-protocol/).
/// </summary>
public sealed class SparqlProtocolException(Uri endpoint, int? statusCode, string message, Exception? inner = null)
    : Exception(message, inner)
{
    public Uri Endpoint { get; } = endpoint;

    /// <summary>The HTTP status the endpoint answered; null when no answer came (DNS, connection, TLS …).</summary>
    public int? StatusCode { get; } = statusCode;
}
