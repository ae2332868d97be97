using System.Globalization;
using System.Text;
using Graph.Core.Terms;
using Graph.Core.Vocabularies;
using Graph.Publishing.Statistics;
using Graph.Publishing.Vocabularies;

namespace Graph.Publishing.Descriptions;

/// <summary>
/// The DCAT description of a dataset (https://www.w3.org/TR/vocab-dcat-3/), shaped for DCAT-AP CH
/// (https://dcat-ap.ch/): a <c>dcat:Catalog</c> holding one <c>dcat:Dataset</c> with its mandatory properties
/// (multilingual <c>dct:title</c> / <c>dct:description</c>, <c>dct:identifier</c> as <c>id@publisher</c>,
/// <c>dct:publisher</c>, <c>dcat:contactPoint</c>, <c>dct:issued</c> / <c>dct:modified</c>, <c>dct:accessRights</c>,
/// licence), one <c>dcat:Distribution</c> per dump (<c>dcat:accessURL</c> and <c>dcat:downloadURL</c>, IANA
/// <c>dcat:mediaType</c>, EU <c>dct:format</c>, <c>dcat:byteSize</c>) and, when served, a <c>dcat:DataService</c> for
/// the SPARQL endpoint with a distribution that gives access through it. Dates come from the profile or the data,
/// never the clock. Helper nodes are named under <c>{dataset}/</c>.
/// </summary>
public static class DcatDescription
{
    public static IReadOnlyList<Quad> Describe(DatasetStatistics stats, DatasetProfile profile)
    {
        ArgumentNullException.ThrowIfNull(stats);
        ArgumentNullException.ThrowIfNull(profile);
        var s = new Statements();
        var d = profile.Dataset;
        var issued = profile.Issued ?? stats.EarliestDate;
        var modified = profile.Modified ?? stats.LatestDate;
        var publisher = profile.Publisher is { } p ? DescribePublisher(s, profile, p) : null;

        var catalog = new Iri(d.Value + "/catalog");
        s.Type(catalog, Dcat.Catalog);
        s.Texts(catalog, Dcterms.Title, profile.Title);
        s.Texts(catalog, Dcterms.Description, profile.Description);
        if (publisher is not null) s.Add(catalog, Dcterms.Publisher, publisher);
        s.Add(catalog, DcatTerms.DatasetProp, d);

        s.Type(d, Dcat.Dataset);
        s.Texts(d, Dcterms.Title, profile.Title);
        s.Texts(d, Dcterms.Description, profile.Description);
        s.Text(d, Dcterms.Identifier, Identifier(profile));
        if (publisher is not null) s.Add(d, Dcterms.Publisher, publisher);
        if (profile.ContactPoint is { } contact)
        {
            var c = new Iri(d.Value + "/contact");
            s.Add(d, Dcat.ContactPoint, c);
            s.Type(c, Vcard.Organization);
            s.Text(c, Vcard.Fn, contact.Name);
            s.Add(c, Vcard.HasEmail, new Iri("mailto:" + contact.Email.Trim()));
        }
        s.Date(d, Dcterms.Issued, issued);
        s.Date(d, Dcterms.Modified, modified);
        s.Add(d, DcatTerms.AccessRights, DcatTerms.Public);
        var license = profile.License is { Length: > 0 } l ? new Iri(l) : null;
        if (license is not null) s.Add(d, Dcterms.License, license);
        foreach (var keyword in profile.Keywords.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)) s.Text(d, Dcat.Keyword, keyword);
        foreach (var lang in (profile.Languages.Count > 0 ? profile.Languages : stats.Languages).Distinct(StringComparer.OrdinalIgnoreCase))
            if (Languages.EuIri(lang) is { } iri) s.Add(d, Dcterms.Language, iri);
        if (profile.LandingPage is { } landing) s.Add(d, Dcat.LandingPage, landing);

        foreach (var dump in profile.Dumps)
        {
            var dist = new Iri(d.Value + "/distribution/" + dump.File);
            var url = profile.DownloadUrl(dump);
            s.Add(d, Dcat.DistributionProp, dist);
            s.Type(dist, Dcat.Distribution);
            var name = FileTypes.DisplayName(dump.MediaType);
            s.Add(dist, Dcterms.Title, Literal.LangString(name + " dump", "en"));
            s.Add(dist, Dcat.AccessUrl, url);
            s.Add(dist, Dcat.DownloadUrl, url);
            s.Add(dist, Dcat.MediaType, FileTypes.MediaTypeIri(dump.MediaType));
            if (FileTypes.EuFormat(dump.MediaType) is { } format) s.Add(dist, Dcterms.Format, format);
            if (dump.ByteSize is { } size)
                s.Add(dist, Dcat.ByteSize, Literal.Typed(size.ToString(CultureInfo.InvariantCulture), Xsd.NonNegativeInteger));
            s.Date(dist, Dcterms.Issued, issued);
            s.Date(dist, Dcterms.Modified, modified);
            if (license is not null) s.Add(dist, Dcterms.License, license);
        }

        if (profile.SparqlEndpoint is { } endpoint)
        {
            var service = new Iri(d.Value + "/service");
            s.Add(catalog, DcatTerms.Service, service);
            s.Type(service, Dcat.DataService);
            s.Add(service, Dcterms.Title, Literal.LangString("SPARQL endpoint", "en"));
            s.Add(service, Dcat.EndpointUrl, endpoint);
            s.Add(service, DcatTerms.EndpointDescription, endpoint);
            s.Add(service, Dcterms.Conforms, DcatTerms.SparqlProtocol);
            s.Add(service, Dcat.ServesDataset, d);
            s.Add(service, DcatTerms.AccessRights, DcatTerms.Public);
            if (publisher is not null) s.Add(service, Dcterms.Publisher, publisher);
            if (license is not null) s.Add(service, Dcterms.License, license);

            var dist = new Iri(d.Value + "/distribution/sparql");
            s.Add(d, Dcat.DistributionProp, dist);
            s.Type(dist, Dcat.Distribution);
            s.Add(dist, Dcterms.Title, Literal.LangString("SPARQL endpoint", "en"));
            s.Add(dist, Dcat.AccessUrl, endpoint);
            s.Add(dist, DcatTerms.AccessService, service);
            s.Date(dist, Dcterms.Issued, issued);
            if (license is not null) s.Add(dist, Dcterms.License, license);
        }
        return s.Quads;
    }

    /// <summary>Adds the publisher's <c>foaf:Agent</c> node and returns it (its own IRI, or <c>{dataset}/publisher</c>).</summary>
    internal static Iri DescribePublisher(Statements s, DatasetProfile profile, DatasetPublisher publisher)
    {
        var node = new Iri(string.IsNullOrWhiteSpace(publisher.Iri) ? profile.Dataset.Value + "/publisher" : publisher.Iri.Trim());
        s.Type(node, Foaf.Agent);
        s.Type(node, Foaf.Organization);
        s.Text(node, Foaf.Name, publisher.Name);
        return node;
    }

    // DCAT-AP CH: "the identifier of the dataset at the publisher, followed by @ and the publisher's slug".
    private static string Identifier(DatasetProfile profile)
    {
        var local = DatasetStatistics.LocalNameOf(profile.Dataset.Value);
        var space = profile.UriSpace.TrimEnd('/', '#');
        var scheme = space.IndexOf("://", StringComparison.Ordinal);
        var id = Slug(scheme < 0 ? space : space[(scheme + 3)..]) is { Length: > 0 } slug ? slug + "-" + local : local;
        return profile.Publisher is { } p && (p.Slug ?? Slug(p.Name)) is { Length: > 0 } org ? id + "@" + org : id;
    }

    // Letters (any script: the invariant-globalisation build cannot fold accents) and digits in lower case, other runs one hyphen.
    private static string Slug(string text)
    {
        var sb = new StringBuilder();
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c)) sb.Append(char.ToLowerInvariant(c));
            else if (sb.Length > 0 && sb[^1] != '-') sb.Append('-');
        }
        return sb.ToString().Trim('-');
    }
}
