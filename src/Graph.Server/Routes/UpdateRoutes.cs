using Graph.Server.Protocol;
using Graph.Server.Writes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Server.Routes;

/// <summary>
/// The SPARQL 1.1 Update endpoint (https://www.w3.org/TR/sparql11-protocol/#update-operation) at <c>/update</c>:
/// POST with <c>application/sparql-update</c> or a form with <c>update=</c> (and <c>using-graph-uri</c>,
/// <c>using-named-graph-uri</c>). Credentials are checked before the body is read; the update goes to
/// <see cref="ServerOptions.UpdateHandler"/>, or is refused with 403 when the server is read-only.
/// </summary>
public static class UpdateRoutes
{
    public const string Path = "/update";

    public static IEndpointRouteBuilder MapSparqlUpdate(this IEndpointRouteBuilder app)
    {
        var options = app.ServiceProvider.GetRequiredService<ServerOptions>();
        var holder = app.ServiceProvider.GetRequiredService<DatasetHolder>();
        var writes = app.ServiceProvider.GetService<WriteServices>();
        app.MapPost(Path, context => HandleAsync(context, options, holder, writes));
        app.MapMethods(Path, [HttpMethods.Get, HttpMethods.Head, HttpMethods.Put, HttpMethods.Delete, HttpMethods.Patch], context =>
        {
            context.Response.Headers.Allow = "POST";
            throw new ProtocolException(StatusCodes.Status405MethodNotAllowed, "Send updates with POST (SPARQL 1.1 Protocol §2.2); queries go to " + SparqlRoutes.Path + ".");
        });
        return app;
    }

    private static async Task HandleAsync(HttpContext context, ServerOptions options, DatasetHolder holder, WriteServices? writes)
    {
        if (options.UpdateHandler is not { } handler)
            throw new ProtocolException(StatusCodes.Status403Forbidden, "This endpoint is read-only: SPARQL Update is not enabled on this server.");
        writes?.Authorization.Demand(context);
        var limit = writes?.Options.MaxBodyBytes ?? options.MaxQueryBytes;
        AllowBody(context, limit);
        var request = await ProtocolRequest.ReadAsync(context, limit).ConfigureAwait(false);
        if (request.DirectQuery is not null || request.Parameters.Any(p => p.Key == "query"))
            throw new ProtocolException(StatusCodes.Status400BadRequest, "This is the update endpoint; queries go to " + SparqlRoutes.Path + ".");
        var text = request.DirectUpdate ?? request.Single("update")
            ?? throw new ProtocolException(StatusCodes.Status400BadRequest, "The request carries no update (a body of type application/sparql-update, or the form parameter 'update').");
        if (request.DirectUpdate is not null && request.Parameters.Any(p => p.Key == "update"))
            throw new ProtocolException(StatusCodes.Status400BadRequest, "The request has an update in its body and another in its parameters.");
        var update = new SparqlUpdateRequest(text, request.All("using-graph-uri").ToList(), request.All("using-named-graph-uri").ToList());
        await handler.HandleAsync(context, update, holder).ConfigureAwait(false);
    }

    /// <summary>Raises Kestrel's body limit (sized for queries) to the write limit for this request.</summary>
    internal static void AllowBody(HttpContext context, long limit)
    {
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature && feature.MaxRequestBodySize < limit + 1)
            feature.MaxRequestBodySize = limit + 1;
    }
}
