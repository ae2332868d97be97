using System.Text;
using Graph.Core.Terms;
using Graph.Publishing.Pages;
using Graph.Server.Protocol;
using Graph.Server.Publishing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Server.Routes;

/// <summary>
/// Linked Data dereferencing (https://www.w3.org/TR/cooluris/): every IRI under the base IRI is served here, its path
/// after the base being the request path (<c>{base}note/x</c> at <c>/note/x</c>). Browsers (<c>text/html</c>) get the
/// resource's page, RDF clients its description in Turtle, JSON-LD, N-Triples or RDF/XML by <c>Accept</c> (or
/// <c>?format=</c>); the answer is a direct 200 with <c>Vary: Accept</c> and a <c>Link</c> to the other
/// representations. An IRI the data does not describe (never a subject, e.g. a broken wikilink's target) gets 404 (an HTML page for browsers).
/// </summary>
public static class LinkedDataRoutes
{
    private static readonly ResponseFormat Html = new("text/html", null, null, ["application/xhtml+xml"], ["html"]);

    // RDF first: a client that names nothing or */* is a program; browsers always name text/html.
    private static readonly ResponseFormat[] s_formats = [ResponseFormat.Turtle, Html, ResponseFormat.JsonLd, ResponseFormat.NTriples, ResponseFormat.RdfXml];

    public static IEndpointRouteBuilder MapLinkedData(this IEndpointRouteBuilder app)
    {
        var holder = app.ServiceProvider.GetRequiredService<DatasetHolder>();
        // A catch-all: the literal routes (/sparql, /data, /dcat, …) take precedence over it.
        app.MapMethods("/{**path}", [HttpMethods.Get, HttpMethods.Head], context => DereferenceAsync(context, holder));
        return app;
    }

    private static Task DereferenceAsync(HttpContext context, DatasetHolder holder)
    {
        var snapshot = holder.Current;
        var site = SitePublication.For(snapshot, context.Request);
        context.Response.Headers.Vary = "Accept";
        var format = ContentNegotiation.Choose(context.Request.Headers.Accept.ToString(), s_formats, context.Request.Query["format"].FirstOrDefault());
        var path = context.Request.Path;
        var resource = Resolve(snapshot, path);

        if (resource is null)
        {
            if (format == Html)
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                var page = ResourcePage.RenderNotFound(path.Value ?? "/", site.Pages);
                return ResponseBuffer.SendAsync(context, "text/html; charset=utf-8", s => s.Write(Encoding.UTF8.GetBytes(page)));
            }
            throw new ProtocolException(StatusCodes.Status404NotFound, $"Nothing is known about <{snapshot.BaseIri}{path.Value?.TrimStart('/')}>.");
        }

        var local = path.ToUriComponent();
        context.Response.Headers.Link = string.Join(", ", s_formats.Select(f =>
            $"<{local}?format={f.Names[0]}>; rel=\"alternate\"; type=\"{f.MediaType}\""));
        if (format == Html)
        {
            var html = ResourcePage.Render(snapshot.Store, resource, site.Pages)!;
            return ResponseBuffer.SendAsync(context, "text/html; charset=utf-8", s => s.Write(Encoding.UTF8.GetBytes(html)));
        }
        return HarvesterRoutes.SendRdfAsync(context, ResourcePage.Description(snapshot.Store, resource));
    }

    // The IRI the path names: base + path as decoded, else as sent (percent-encoded), whichever the data knows.
    private static Iri? Resolve(DatasetSnapshot snapshot, PathString path)
    {
        if (!path.HasValue || path.Value.Length <= 1) return null;
        foreach (var candidate in new[] { path.Value[1..], path.ToUriComponent()[1..] })
        {
            var iri = new Iri(snapshot.BaseIri + candidate);
            if (ResourcePage.Exists(snapshot.Store, iri)) return iri;
        }
        return null;
    }
}
