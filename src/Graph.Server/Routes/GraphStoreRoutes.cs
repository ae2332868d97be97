using Graph.Core.Terms;
using Graph.IO;
using Graph.Server.Protocol;
using Graph.Server.Writes;
using Graph.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Server.Routes;

/// <summary>
/// The read side of the SPARQL 1.1 Graph Store HTTP Protocol (https://www.w3.org/TR/sparql11-http-rdf-update/) at
/// <c>/data</c>: <c>?default</c> is the default graph, <c>?graph=IRI</c> a named graph (404 when the store has none
/// by that name), no parameter the whole dataset; every RDF syntax by content negotiation. Writes are refused (405)
/// unless the server allows authenticated writes (<see cref="ServerOptions.Writes"/>; see <see cref="GraphStoreWriteRoutes"/>).
/// </summary>
public static class GraphStoreRoutes
{
    public const string Path = "/data";

    public static IEndpointRouteBuilder MapGraphStore(this IEndpointRouteBuilder app)
    {
        var holder = app.ServiceProvider.GetRequiredService<DatasetHolder>();
        app.MapMethods(Path, [HttpMethods.Get, HttpMethods.Head], context => GetAsync(context, holder));
        if (app.ServiceProvider.GetService<WriteServices>() is { } writes)
        {
            app.MapPut(Path, context => GraphStoreWriteRoutes.PutAsync(context, writes));
            app.MapPost(Path, context => GraphStoreWriteRoutes.PostAsync(context, writes));
            app.MapDelete(Path, context => GraphStoreWriteRoutes.DeleteAsync(context, writes));
            app.MapMethods(Path, [HttpMethods.Patch], context =>
            {
                context.Response.Headers.Allow = "GET, HEAD, PUT, POST, DELETE";
                throw new ProtocolException(StatusCodes.Status405MethodNotAllowed, "PATCH is not part of the Graph Store Protocol; use PUT, POST or DELETE.");
            });
            return app;
        }
        app.MapMethods(Path, [HttpMethods.Put, HttpMethods.Post, HttpMethods.Delete, HttpMethods.Patch], context =>
        {
            context.Response.Headers.Allow = "GET, HEAD, OPTIONS";
            throw new ProtocolException(StatusCodes.Status405MethodNotAllowed, "This graph store is read-only: writes are not enabled on this server.");
        });
        return app;
    }

    private static Task GetAsync(HttpContext context, DatasetHolder holder)
    {
        var snapshot = holder.Current;
        var store = snapshot.Store;
        var parameters = new ProtocolRequest(FormParser.Parse(context.Request.QueryString), null, null);
        var isDefault = parameters.All("default").Any();
        var graphName = parameters.Single("graph");
        var formatName = parameters.Single("format");
        var accept = context.Request.Headers.Accept.ToString();
        context.Response.Headers.Vary = "Accept";

        IEnumerable<Quad> quads;
        ResponseFormat format;
        if (isDefault && graphName is not null)
            throw new ProtocolException(StatusCodes.Status400BadRequest, "Give either 'default' or 'graph=IRI', not both.");
        if (isDefault || graphName is not null)
        {
            var graphId = TermId.DefaultGraph;
            if (graphName is not null)
            {
                var iri = SparqlRoutes.ParseIri(graphName);
                if (!store.Dictionary.TryGetId(iri, out graphId) || !store.Graphs.Contains(graphId))
                    throw new ProtocolException(StatusCodes.Status404NotFound, $"The store has no graph named <{graphName}>.");
            }
            format = ContentNegotiation.Choose(accept, ResponseFormat.Graphs, formatName);
            quads = Graph(store, graphId, asTriples: true);
        }
        else
        {
            var hasNamed = store.Graphs.Any(g => g != TermId.DefaultGraph);
            format = ContentNegotiation.Choose(accept, hasNamed ? ResponseFormat.Datasets : [.. ResponseFormat.Graphs], formatName);
            quads = Graph(store, TermId.AnyGraph, asTriples: false);
        }
        var options = new RdfWriterOptions();
        return ResponseBuffer.SendAsync(context, format.ContentType, stream => RdfSyntaxes.CreateWriter(format.Rdf!).Write(quads, stream, options));
    }

    private static IEnumerable<Quad> Graph(QuadStore store, int graph, bool asTriples)
    {
        var dictionary = store.Dictionary;
        foreach (var q in store.Match(TermId.Any, TermId.Any, TermId.Any, graph))
        {
            var quad = new Quad(dictionary.Decode(q.Subject), dictionary.Decode(q.Predicate), dictionary.Decode(q.Object),
                asTriples || q.Graph == TermId.DefaultGraph ? null : dictionary.Decode(q.Graph));
            yield return quad;
        }
    }
}
