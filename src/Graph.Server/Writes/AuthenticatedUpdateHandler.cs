using System.Text;
using Graph.Server.Protocol;
using Graph.Server.Routes;
using Graph.Sparql.Engine;
using Graph.Sparql.Syntax;
using Microsoft.AspNetCore.Http;

namespace Graph.Server.Writes;

/// <summary>
/// SPARQL 1.1 Update over the protocol (https://www.w3.org/TR/sparql11-protocol/#update-operation) for a client with
/// write credentials: the update is parsed against the current snapshot's base IRI, the protocol's
/// <c>using-graph-uri</c> / <c>using-named-graph-uri</c> applied, and the whole request run by
/// <see cref="UpdateEngine"/> on a copy of the data (atomic: all of it or nothing), then persisted and swapped in.
/// The answer is 200 with a one-line summary. <c>LOAD</c> of a remote document is not available (the server does not
/// fetch URLs for clients).
/// </summary>
internal sealed class AuthenticatedUpdateHandler(WriteAuthorization authorization, DatasetWriter writer, ServerOptions options) : ISparqlUpdateHandler
{
    public async Task HandleAsync(HttpContext context, SparqlUpdateRequest request, DatasetHolder holder)
    {
        authorization.Demand(context);
        if (QueryService.NestingDepth(request.Text) > options.MaxQueryNesting)
            throw new ProtocolException(StatusCodes.Status400BadRequest, $"The update nests brackets deeper than the server's limit of {options.MaxQueryNesting} levels.");
        var baseIri = holder.Current.BaseIri;
        Graph.Sparql.Algebra.UpdateRequest parsed;
        try
        {
            parsed = SparqlParser.ParseUpdate(request.Text, new SparqlParseOptions { BaseIri = baseIri, File = "update" });
            parsed = UpdateEngine.WithProtocolDataset(parsed,
                request.UsingGraphs.Select(SparqlRoutes.ParseIri).ToList(), request.UsingNamedGraphs.Select(SparqlRoutes.ParseIri).ToList());
        }
        catch (InsufficientExecutionStackException)
        {
            throw new ProtocolException(StatusCodes.Status400BadRequest, "The update is nested too deeply.");
        }
        var updateOptions = new UpdateOptions
        {
            Timeout = options.QueryTimeout,
            CancellationToken = context.RequestAborted,
            ServiceClient = options.ServiceClient,
        };
        var result = await writer.WriteAsync(current =>
        {
            var target = new GraphStore(current.Store, current.EmptyGraphs).Copy();
            var r = UpdateEngine.Execute(parsed, target, updateOptions);
            var changed = r.Inserted + r.Deleted > 0 || !target.EmptyGraphs.SequenceEqual(current.EmptyGraphs);
            return (changed ? current with { Store = target.Store, EmptyGraphs = target.EmptyGraphs } : null, r);
        }, context.RequestAborted).ConfigureAwait(false);
        var summary = $"OK: {result.Operations} operation(s), {result.Inserted} quad(s) inserted, {result.Deleted} deleted.\n";
        await ResponseBuffer.SendAsync(context, "text/plain; charset=utf-8", Encoding.UTF8.GetBytes(summary)).ConfigureAwait(false);
    }
}
