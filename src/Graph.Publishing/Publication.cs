using Graph.Core.Terms;
using Graph.Core.Vocabularies;
using Graph.IO;
using Graph.Mapping.Configuration;
using Graph.Publishing.Descriptions;
using Graph.Publishing.Statistics;
using Graph.Store;

namespace Graph.Publishing;

/// <summary>
/// The facade <c>graph convert</c> and <c>graph serve</c> use: a <see cref="DatasetProfile"/> from the mapping
/// configuration, the VoID and DCAT descriptions of a store, and their Turtle.
/// <code>
/// var profile = Publication.Profile(MappingConfiguration.Default, "https://example.org/graph/", dumps);
/// var voidQuads = Publication.Void(store, profile);
/// Publication.WriteTurtle(voidQuads, stream);
/// </code>
/// </summary>
public static class Publication
{
    /// <summary>
    /// The profile the configuration's <c>dataset</c> section gives, for a dataset whose resources live under
    /// <paramref name="uriSpace"/> (its node is <c>{uriSpace}dataset</c>, as the converter mints it).
    /// </summary>
    public static DatasetProfile Profile(MappingConfiguration configuration, string uriSpace, IReadOnlyList<DumpDistribution> dumps,
        string? downloadBase = null, Iri? sparqlEndpoint = null, Iri? landingPage = null)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var d = configuration.Dataset;
        return new DatasetProfile
        {
            Dataset = new Iri(uriSpace + "dataset"),
            UriSpace = uriSpace,
            DownloadBase = downloadBase,
            Title = d.Name,
            Description = d.Description,
            License = d.License,
            Publisher = d.Publisher is { Name.Length: > 0 } p ? new DatasetPublisher(p.Name, p.Url, p.Slug) : null,
            ContactPoint = d.ContactPoint is { Email.Length: > 0 } c ? new ContactPoint(c.Name.Length > 0 ? c.Name : c.Email, c.Email) : null,
            Keywords = d.Keywords,
            Dumps = dumps,
            SparqlEndpoint = sparqlEndpoint,
            LandingPage = landingPage,
        };
    }

    public static DatasetStatistics Statistics(QuadStore store, DatasetProfile profile) =>
        DatasetStatistics.Compute(store, profile.Dataset, profile.UriSpace);

    /// <summary>The statistics of a list of statements, counted without loading them into a store.</summary>
    public static DatasetStatistics Statistics(IEnumerable<Quad> quads, DatasetProfile profile) =>
        DatasetStatistics.Compute(quads, profile.Dataset, profile.UriSpace);

    public static IReadOnlyList<Quad> Void(QuadStore store, DatasetProfile profile) => VoidDescription.Describe(Statistics(store, profile), profile);

    public static IReadOnlyList<Quad> Dcat(QuadStore store, DatasetProfile profile) => DcatDescription.Describe(Statistics(store, profile), profile);

    /// <summary>The VoID description from statistics counted once (<see cref="Statistics(IEnumerable{Quad}, DatasetProfile)"/>).</summary>
    public static IReadOnlyList<Quad> Void(DatasetStatistics statistics, DatasetProfile profile) => VoidDescription.Describe(statistics, profile);

    /// <summary>The DCAT description from statistics counted once.</summary>
    public static IReadOnlyList<Quad> Dcat(DatasetStatistics statistics, DatasetProfile profile) => DcatDescription.Describe(statistics, profile);

    /// <summary>Canonical Turtle (sorted, byte-identical across runs) with the description vocabularies' prefixes.</summary>
    public static void WriteTurtle(IEnumerable<Quad> quads, Stream output)
    {
        var prefixes = new List<KeyValuePair<string, string>>(WellKnownPrefixes.All)
        {
            new("foaf", Vocabularies.Foaf.Namespace),
            new("vcard", Vocabularies.Vcard.Namespace),
        };
        RdfSyntaxes.CreateWriter(RdfFormat.Turtle).Write(quads, output, new RdfWriterOptions { Canonical = true, Prefixes = prefixes });
    }

    /// <summary>
    /// True when <paramref name="baseIri"/> can be a public web address: http(s), and not a name reserved for
    /// examples, tests or the local machine (RFC 2606, RFC 6761), so a sitemap of its pages means something.
    /// </summary>
    public static bool IsPublicBase(string baseIri)
    {
        if (!Uri.TryCreate(baseIri, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)) return false;
        var host = uri.IdnHost.ToLowerInvariant().TrimEnd('.');
        string[] reserved = ["example.org", "example.com", "example.net", "localhost"];
        string[] reservedTlds = [".example", ".test", ".invalid", ".localhost", ".local"];
        return !uri.IsLoopback
            && !reserved.Any(r => host == r || host.EndsWith("." + r, StringComparison.Ordinal))
            && !reservedTlds.Any(t => host.EndsWith(t, StringComparison.Ordinal))
            && !System.Net.IPAddress.TryParse(host, out _);
    }
}
