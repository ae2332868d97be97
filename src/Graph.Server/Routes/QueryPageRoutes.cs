using System.Text;
using Graph.Publishing.Pages;
using Graph.Server.Protocol;
using Graph.Server.Publishing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Server.Routes;

/// <summary>
/// The query page at <c>/</c> (<see cref="QueryPage"/>): an editor with the example queries, results as a table. It
/// is one self-contained HTML document that only talks to this server's <c>/sparql</c>.
/// </summary>
public static class QueryPageRoutes
{
    public static IEndpointRouteBuilder MapQueryPage(this IEndpointRouteBuilder app)
    {
        var holder = app.ServiceProvider.GetRequiredService<DatasetHolder>();
        app.MapMethods("/", [HttpMethods.Get, HttpMethods.Head], context =>
        {
            var site = SitePublication.For(holder.Current, context.Request);
            var html = QueryPage.Render(site.Title, SparqlRoutes.Path, site.Snapshot.BaseIri, "/", HarvesterRoutes.VoidPath, HarvesterRoutes.DcatPath);
            context.Response.Headers.CacheControl = "no-cache";
            return ResponseBuffer.SendAsync(context, "text/html; charset=utf-8", s => s.Write(Encoding.UTF8.GetBytes(html)));
        });
        return app;
    }
}
