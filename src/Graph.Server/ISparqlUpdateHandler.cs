using Microsoft.AspNetCore.Http;

namespace Graph.Server;

/// <summary>
/// The hook for SPARQL 1.1 Update over the protocol (https://www.w3.org/TR/sparql11-protocol/#update-operation): the
/// endpoint parses the request's form (direct POST or <c>update=</c>) and hands it here. Without a handler
/// (<see cref="ServerOptions.UpdateHandler"/> null) updates are refused with 403 and the data never changes.
/// </summary>
public interface ISparqlUpdateHandler
{
    /// <summary>Authorises, applies and answers one update request (writes the whole response).</summary>
    Task HandleAsync(HttpContext context, SparqlUpdateRequest request, DatasetHolder holder);
}
