using Graph.Core.Terms;
using Graph.IO;
using Graph.Mapping.Configuration;
using Graph.Publishing;
using Graph.Publishing.Pages;
using Graph.Publishing.Statistics;
using Microsoft.AspNetCore.Http;

namespace Graph.Server.Publishing;

/// <summary>
/// What the harvester and page routes derive from one snapshot for one public origin: the dataset profile (dumps at
/// <c>/data?format=…</c>, the endpoint at <c>/sparql</c>, the query page as landing page), its statistics (one scan of
/// the store) and the page options. Computed once per snapshot and origin, and replaced when either changes.
/// </summary>
internal sealed class SitePublication
{
    private static readonly RdfFormat[] s_dumpFormats = [RdfFormat.Turtle, RdfFormat.NTriples, RdfFormat.JsonLd, RdfFormat.RdfXml];

    private static SitePublication? s_last;

    private SitePublication(DatasetSnapshot snapshot, string origin)
    {
        Snapshot = snapshot;
        Origin = origin;
        var dumps = s_dumpFormats.Select(f => new DumpDistribution("data?format=" + f.Name, f.MediaType)).ToList();
        Profile = Publication.Profile(MappingConfiguration.Default, snapshot.BaseIri, dumps, downloadBase: origin + "/",
            sparqlEndpoint: new Iri(origin + Routes.SparqlRoutes.Path), landingPage: new Iri(origin + "/"));
        Statistics = Publication.Statistics(snapshot.Store, Profile);
        Pages = new ResourcePageOptions { UriSpace = snapshot.BaseIri, SiteTitle = Title };
    }

    public DatasetSnapshot Snapshot { get; }

    public string Origin { get; }

    public DatasetProfile Profile { get; }

    public DatasetStatistics Statistics { get; }

    public ResourcePageOptions Pages { get; }

    /// <summary>The site's name: the dataset's English title, else any.</summary>
    public string Title => Profile.Title.TryGetValue("en", out var en) ? en : Profile.Title.Values.FirstOrDefault() ?? "Graph";

    /// <summary>The publication for the current snapshot as seen from this request's origin (<c>scheme://host</c>).</summary>
    public static SitePublication For(DatasetSnapshot snapshot, HttpRequest request)
    {
        var origin = request.Scheme + "://" + request.Host.ToUriComponent();
        var last = Volatile.Read(ref s_last);
        if (last is not null && ReferenceEquals(last.Snapshot, snapshot) && last.Origin == origin) return last;
        var fresh = new SitePublication(snapshot, origin);
        Volatile.Write(ref s_last, fresh);
        return fresh;
    }
}
