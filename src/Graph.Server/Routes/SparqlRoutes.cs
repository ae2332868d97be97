using Graph.Core.Terms;
using Graph.IO;
using Graph.Server.Protocol;
using Graph.Sparql.Algebra;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Server.Routes;

/// <summary>
/// The SPARQL 1.1 Protocol endpoint (https://www.w3.org/TR/sparql11-protocol/) at <c>/sparql</c>: queries by GET,
/// form POST or direct POST, the protocol dataset (<c>default-graph-uri</c>, <c>named-graph-uri</c>), content
/// negotiation with a <c>?format=</c> override, and the Service Description for a GET without a query. Updates go to
/// <see cref="ServerOptions.UpdateHandler"/> or are refused.
/// </summary>
public static class SparqlRoutes
{
    public const string Path = "/sparql";

    public static IEndpointRouteBuilder MapSparqlProtocol(this IEndpointRouteBuilder app)
    {
        var options = app.ServiceProvider.GetRequiredService<ServerOptions>();
        var holder = app.ServiceProvider.GetRequiredService<DatasetHolder>();
        var queries = app.ServiceProvider.GetRequiredService<QueryService>();
        var cache = new ResultCache(options.ResultCacheBytes);
        app.MapMethods(Path, [HttpMethods.Get, HttpMethods.Head, HttpMethods.Post], context => HandleAsync(context, options, holder, queries, cache));
        return app;
    }

    private static async Task HandleAsync(HttpContext context, ServerOptions options, DatasetHolder holder, QueryService queries, ResultCache cache)
    {
        var request = await ProtocolRequest.ReadAsync(context, options.MaxQueryBytes).ConfigureAwait(false);
        var queryParam = request.Single("query");
        var updateParam = request.Single("update");
        if (request.DirectQuery is not null && queryParam is not null || request.DirectUpdate is not null && updateParam is not null)
            throw new ProtocolException(StatusCodes.Status400BadRequest, "The request has a query in its body and another in its parameters.");
        var queryText = request.DirectQuery ?? queryParam;
        var updateText = request.DirectUpdate ?? updateParam;
        if (queryText is not null && updateText is not null)
            throw new ProtocolException(StatusCodes.Status400BadRequest, "A request carries either a query or an update, not both.");

        if (updateText is not null)
        {
            await UpdateAsync(context, request, updateText, options, holder).ConfigureAwait(false);
            return;
        }
        var snapshot = holder.Current;
        context.Response.Headers.Vary = "Accept";
        if (queryText is null)
        {
            if (HttpMethods.IsPost(context.Request.Method))
                throw new ProtocolException(StatusCodes.Status400BadRequest, "The POST carries no 'query' (or 'update') parameter.");
            await DescribeServiceAsync(context, snapshot, options).ConfigureAwait(false);
            return;
        }

        var query = WithProtocolDataset(queries.Prepare(queryText, snapshot), request);
        var candidates = query.Form is QueryForm.Select or QueryForm.Ask ? ResponseFormat.Tabular : ResponseFormat.Graphs;
        var format = ContentNegotiation.Choose(context.Request.Headers.Accept.ToString(), candidates, request.Single("format"));

        string? key = null;
        if (cache.Enabled && ResultCache.IsDeterministic(queryText))
        {
            key = ResultCache.Key(snapshot.Generation, format, DatasetKey(request), queryText);
            if (cache.TryGet(snapshot.Generation, key, out var hit))
            {
                await ResponseBuffer.SendAsync(context, hit.ContentType, hit.Body).ConfigureAwait(false);
                return;
            }
        }
        var result = await queries.ExecuteAsync(query, snapshot, context.RequestAborted).ConfigureAwait(false);
        await ResponseBuffer.SendAsync(context, format.ContentType, stream => QueryResultWriter.Write(result, query, format, stream),
            key is null ? null : body => cache.Add(snapshot.Generation, key, body, format.ContentType)).ConfigureAwait(false);
    }

    private static string DatasetKey(ProtocolRequest request) =>
        string.Join(' ', request.All("default-graph-uri")) + " | " + string.Join(' ', request.All("named-graph-uri"));

    /// <summary>The protocol's dataset, when given, replaces FROM / FROM NAMED (SPARQL 1.1 Protocol §2.1.4).</summary>
    private static Query WithProtocolDataset(Query query, ProtocolRequest request)
    {
        var defaults = request.All("default-graph-uri").Select(ParseIri).ToList();
        var named = request.All("named-graph-uri").Select(ParseIri).ToList();
        return defaults.Count == 0 && named.Count == 0 ? query : query with { Dataset = new Dataset(defaults, named) };
    }

    internal static Iri ParseIri(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out _) && !text.Any(c => c is '<' or '>' or '"' or ' ' or '{' or '}' or '|' or '\\' or '^' or '`')
            ? new Iri(text)
            : throw new ProtocolException(StatusCodes.Status400BadRequest, $"'{text}' is not an absolute IRI.");

    private static Task DescribeServiceAsync(HttpContext context, DatasetSnapshot snapshot, ServerOptions options)
    {
        var format = ContentNegotiation.Choose(context.Request.Headers.Accept.ToString(), ResponseFormat.Graphs, FormParser.Parse(context.Request.QueryString).FirstOrDefault(p => p.Key == "format").Value);
        var request = context.Request;
        var endpoint = $"{request.Scheme}://{request.Host}{request.PathBase}{Path}";
        var quads = ServiceDescription.Build(endpoint, snapshot, options.UpdateHandler is not null);
        var writerOptions = new RdfWriterOptions { Prefixes = ServiceDescription.Prefixes };
        return ResponseBuffer.SendAsync(context, format.ContentType, stream => RdfSyntaxes.CreateWriter(format.Rdf!).Write(quads, stream, writerOptions));
    }

    private static Task UpdateAsync(HttpContext context, ProtocolRequest request, string text, ServerOptions options, DatasetHolder holder)
    {
        if (!HttpMethods.IsPost(context.Request.Method))
            throw new ProtocolException(StatusCodes.Status400BadRequest, "An update must be sent with POST (SPARQL 1.1 Protocol §2.2).");
        if (options.UpdateHandler is not { } handler)
            throw new ProtocolException(StatusCodes.Status403Forbidden, "This endpoint is read-only: SPARQL Update is not enabled on this server.");
        var update = new SparqlUpdateRequest(text, request.All("using-graph-uri").ToList(), request.All("using-named-graph-uri").ToList());
        return handler.HandleAsync(context, update, holder);
    }
}
