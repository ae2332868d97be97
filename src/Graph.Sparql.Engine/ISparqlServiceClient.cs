using Graph.Core.Terms;
using Graph.Sparql.Results;

namespace Graph.Sparql.Engine;

/// <summary>
/// Sends a SELECT query to a remote SPARQL endpoint for <c>SERVICE</c> (SPARQL 1.1 Federated Query,
/// https://www.w3.org/TR/sparql11-federated-query/) and returns its solutions. The engine stays free of HTTP: the
/// caller (CLI, server) supplies the implementation. Failures are thrown; SERVICE SILENT turns them into one empty solution.
/// </summary>
public interface ISparqlServiceClient
{
    SparqlResultSet Select(Iri endpoint, string query, CancellationToken cancellationToken);
}
