using System.Text;
using Graph.Core.Terms;
using Graph.IO;
using Graph.Publishing.Descriptions;
using Graph.Publishing.Sitemaps;
using Graph.Server.Protocol;
using Graph.Server.Publishing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Server.Routes;

/// <summary>
/// What harvesters read: the VoID description at <c>/.well-known/void</c> (https://www.w3.org/TR/void/#well-known),
/// the DCAT description (DCAT-AP CH) at <c>/dcat</c>, both in every RDF syntax by content negotiation (Turtle by
/// default, <c>?format=</c> overrides); <c>/sitemap.xml</c> of every resource page (an index of
/// <c>/sitemap-N.xml</c> parts past 50,000 pages); <c>/robots.txt</c> announcing it.
/// </summary>
public static class HarvesterRoutes
{
    public const string VoidPath = "/.well-known/void";
    public const string DcatPath = "/dcat";

    public static IEndpointRouteBuilder MapHarvesterDescriptions(this IEndpointRouteBuilder app)
    {
        var holder = app.ServiceProvider.GetRequiredService<DatasetHolder>();
        string[] get = [HttpMethods.Get, HttpMethods.Head];
        app.MapMethods(VoidPath, get, context =>
        {
            var site = SitePublication.For(holder.Current, context.Request);
            return SendRdfAsync(context, VoidDescription.Describe(site.Statistics, site.Profile));
        });
        app.MapMethods(DcatPath, get, context =>
        {
            var site = SitePublication.For(holder.Current, context.Request);
            return SendRdfAsync(context, DcatDescription.Describe(site.Statistics, site.Profile));
        });
        app.MapMethods("/sitemap.xml", get, context => SitemapAsync(context, holder, part: null));
        app.MapMethods("/sitemap-{part:int}.xml", get, context =>
            SitemapAsync(context, holder, int.Parse((string)context.Request.RouteValues["part"]!, System.Globalization.CultureInfo.InvariantCulture)));
        app.MapMethods("/robots.txt", get, context =>
        {
            var site = SitePublication.For(holder.Current, context.Request);
            var text = RobotsTxt.Create(site.Origin + "/sitemap.xml");
            return ResponseBuffer.SendAsync(context, "text/plain; charset=utf-8", s => s.Write(Encoding.UTF8.GetBytes(text)));
        });
        return app;
    }

    internal static Task SendRdfAsync(HttpContext context, IEnumerable<Quad> quads)
    {
        context.Response.Headers.Vary = "Accept";
        var format = ContentNegotiation.Choose(context.Request.Headers.Accept.ToString(),
            [ResponseFormat.Turtle, ResponseFormat.JsonLd, ResponseFormat.NTriples, ResponseFormat.RdfXml],
            context.Request.Query["format"].FirstOrDefault());
        var options = new RdfWriterOptions { Canonical = true };
        return ResponseBuffer.SendAsync(context, format.ContentType, s => RdfSyntaxes.CreateWriter(format.Rdf!).Write(quads, s, options));
    }

    private static Task SitemapAsync(HttpContext context, DatasetHolder holder, int? part)
    {
        var site = SitePublication.For(holder.Current, context.Request);
        var pages = Sitemap.Pages(site.Snapshot.Store, site.Snapshot.BaseIri, site.Origin + "/");
        var parts = Sitemap.Split(pages);
        const string xml = "application/xml; charset=utf-8";
        if (part is null)
        {
            return parts.Count <= 1
                ? ResponseBuffer.SendAsync(context, xml, s => Sitemap.Write(pages, s))
                : ResponseBuffer.SendAsync(context, xml, s => Sitemap.WriteIndex(Enumerable.Range(1, parts.Count).Select(i => $"{site.Origin}/sitemap-{i}.xml"), s));
        }
        if (part < 1 || part > parts.Count || parts.Count <= 1)
            throw new ProtocolException(StatusCodes.Status404NotFound, "No such sitemap part.");
        return ResponseBuffer.SendAsync(context, xml, s => Sitemap.Write(parts[part.Value - 1], s));
    }
}
