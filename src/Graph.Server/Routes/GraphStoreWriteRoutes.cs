using Graph.Core.Terms;
using Graph.IO;
using Graph.Server.Protocol;
using Graph.Server.Writes;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Graph.Server.Routes;

/// <summary>
/// The write side of the SPARQL 1.1 Graph Store HTTP Protocol (https://www.w3.org/TR/sparql11-http-rdf-update/) at
/// <c>/data</c>, for clients with write credentials: PUT replaces a graph (§5.3), POST merges into it (§5.5; POST to
/// <c>/data</c> itself makes a new graph and answers its IRI in <c>Location</c>), DELETE drops it (§5.4; 404 when
/// absent). <c>?default</c> names the default graph, <c>?graph=IRI</c> a named one. The body is one graph in any RDF
/// syntax we read, by its Content-Type (415 otherwise); a syntax error is 400 with line and column. Creating a graph
/// answers 201, changing one 204.
/// </summary>
internal static class GraphStoreWriteRoutes
{
    public static async Task PutAsync(HttpContext context, WriteServices writes)
    {
        writes.Authorization.Demand(context);
        var target = Target(context) ?? throw MethodNeedsGraph(context, "PUT");
        var triples = await ReadGraphAsync(context, writes, target).ConfigureAwait(false);
        var created = await writes.Writer.WriteAsync(current =>
        {
            var existed = Exists(current, target);
            var store = DatasetWriter.Copy(current.Store, q => !InGraph(q, target), Into(triples, target));
            return (current with { Store = store, EmptyGraphs = EmptyGraphs(current, target, triples.Count == 0) }, !existed);
        }, context.RequestAborted).ConfigureAwait(false);
        context.Response.StatusCode = created ? StatusCodes.Status201Created : StatusCodes.Status204NoContent;
    }

    public static async Task PostAsync(HttpContext context, WriteServices writes)
    {
        writes.Authorization.Demand(context);
        var named = Target(context);
        // §5.5: POST to the graph store itself makes a new graph, named by the server.
        var target = named ?? new GraphTarget(new Iri(writes.Writer.Holder.Current.BaseIri + "graph/posted/" + Guid.NewGuid().ToString("N")));
        var triples = await ReadGraphAsync(context, writes, target).ConfigureAwait(false);
        var created = await writes.Writer.WriteAsync(current =>
        {
            var existed = Exists(current, target);
            if (triples.Count == 0)
                return (existed || named is null ? null : current with { EmptyGraphs = EmptyGraphs(current, target, true) }, !existed);
            var store = DatasetWriter.Copy(current.Store, null, Into(triples, target));
            return (current with { Store = store, EmptyGraphs = EmptyGraphs(current, target, false) }, !existed);
        }, context.RequestAborted).ConfigureAwait(false);
        if (named is null)
        {
            if (triples.Count > 0) context.Response.Headers.Location = target.Name!.Value;
            context.Response.StatusCode = triples.Count == 0 ? StatusCodes.Status204NoContent : StatusCodes.Status201Created;
        }
        else context.Response.StatusCode = created ? StatusCodes.Status201Created : StatusCodes.Status204NoContent;
    }

    public static async Task DeleteAsync(HttpContext context, WriteServices writes)
    {
        writes.Authorization.Demand(context);
        var target = Target(context) ?? throw MethodNeedsGraph(context, "DELETE");
        await writes.Writer.WriteAsync(current =>
        {
            if (!Exists(current, target))
                throw new ProtocolException(StatusCodes.Status404NotFound, $"The store has no graph named <{target.Name!.Value}>.");
            var store = DatasetWriter.Copy(current.Store, q => !InGraph(q, target));
            return (current with { Store = store, EmptyGraphs = EmptyGraphs(current, target, false) }, true);
        }, context.RequestAborted).ConfigureAwait(false);
        context.Response.StatusCode = StatusCodes.Status204NoContent;
    }

    /// <summary>The graph a request names (<see cref="GraphTarget.Name"/> null: the default graph), or null when it names none.</summary>
    private static GraphTarget? Target(HttpContext context)
    {
        var parameters = new ProtocolRequest(FormParser.Parse(context.Request.QueryString), null, null);
        var isDefault = parameters.All("default").Any();
        var graph = parameters.Single("graph");
        if (isDefault && graph is not null)
            throw new ProtocolException(StatusCodes.Status400BadRequest, "Give either 'default' or 'graph=IRI', not both.");
        return isDefault ? new GraphTarget(null) : graph is null ? null : new GraphTarget(SparqlRoutes.ParseIri(graph));
    }

    private static ProtocolException MethodNeedsGraph(HttpContext context, string method)
    {
        context.Response.Headers.Allow = "GET, HEAD, POST";
        return new ProtocolException(StatusCodes.Status405MethodNotAllowed,
            $"{method} needs the graph it applies to: ?default or ?graph=IRI (the graph store as a whole cannot be replaced or deleted).");
    }

    /// <summary>The body's triples: 415 for a media type we cannot read, 413 past the limit, 400 for syntax errors or named graphs.</summary>
    private static async Task<List<Quad>> ReadGraphAsync(HttpContext context, WriteServices writes, GraphTarget target)
    {
        var request = context.Request;
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var type) || type.MediaType.Value is not { } mediaType)
            throw new ProtocolException(StatusCodes.Status415UnsupportedMediaType, "The body needs a Content-Type naming an RDF syntax: " + Accepted + ".");
        var format = ResponseFormat.Graphs.FirstOrDefault(f => f.MediaType.Equals(mediaType, StringComparison.OrdinalIgnoreCase)
            || f.AlsoAccepted.Contains(mediaType, StringComparer.OrdinalIgnoreCase))?.Rdf
            ?? throw new ProtocolException(StatusCodes.Status415UnsupportedMediaType, $"Content-Type {mediaType} is not an RDF syntax this server reads ({Accepted}).");
        var charset = type.Charset.Value;
        if (charset is not null && !charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase) && !charset.Equals("utf8", StringComparison.OrdinalIgnoreCase))
            throw new ProtocolException(StatusCodes.Status415UnsupportedMediaType, $"charset={charset} is not supported; send UTF-8.");
        UpdateRoutes.AllowBody(context, writes.Options.MaxBodyBytes);
        var body = await ProtocolRequest.ReadBodyAsync(context, writes.Options.MaxBodyBytes).ConfigureAwait(false);
        var quads = new QuadList();
        // Relative IRIs in the body resolve against the graph's IRI (the default graph: the data's base IRI).
        var baseIri = target.Name?.Value ?? writes.Writer.Holder.Current.BaseIri;
        RdfSyntaxes.CreateReader(format).Read(new MemoryStream(body, writable: false), quads, new RdfReaderOptions { BaseIri = baseIri, FileName = "body" });
        if (quads.Quads.FirstOrDefault(q => q.Graph is not null) is { Graph: { } graph })
            throw new ProtocolException(StatusCodes.Status400BadRequest,
                $"The body names graph {graph}; a Graph Store request carries one graph, which the URL names (?default or ?graph=IRI).");
        return quads.Quads;
    }

    private static string Accepted => string.Join(", ", ResponseFormat.Graphs.Select(f => f.MediaType));

    private static List<Quad> Into(List<Quad> triples, GraphTarget target) => target.Name is null ? triples : triples.ConvertAll(q => q with { Graph = target.Name });

    private static bool InGraph(in Quad q, GraphTarget target) => target.Name is null ? q.Graph is null : target.Name.Equals(q.Graph);

    private static bool Exists(DatasetSnapshot snapshot, GraphTarget target) =>
        target.Name is null
        || snapshot.EmptyGraphs.Contains(target.Name)
        || snapshot.Store.Dictionary.TryGetId(target.Name, out var id) && snapshot.Store.Graphs.Contains(id);

    /// <summary>The empty-graph list after a write that leaves <paramref name="target"/> empty (kept as existing) or not.</summary>
    private static IReadOnlyList<Iri> EmptyGraphs(DatasetSnapshot current, GraphTarget target, bool leftEmpty)
    {
        if (target.Name is null) return current.EmptyGraphs;
        var rest = current.EmptyGraphs.Where(g => !g.Equals(target.Name));
        return (leftEmpty ? rest.Append(target.Name) : rest).OrderBy(g => g.Value, StringComparer.Ordinal).ToList();
    }

    private sealed record GraphTarget(Iri? Name);
}
