using Graph.Core.Terms;

namespace Graph.Core.Vocabularies;

/// <summary>DCAT (<c>http://www.w3.org/ns/dcat#</c>).</summary>
public static class Dcat
{
    public const string Namespace = "http://www.w3.org/ns/dcat#";

    public static readonly Iri Dataset = new(Namespace + "Dataset");
    public static readonly Iri Distribution = new(Namespace + "Distribution");
    public static readonly Iri Catalog = new(Namespace + "Catalog");
    public static readonly Iri DataService = new(Namespace + "DataService");
    public static readonly Iri DistributionProp = new(Namespace + "distribution");
    public static readonly Iri DownloadUrl = new(Namespace + "downloadURL");
    public static readonly Iri AccessUrl = new(Namespace + "accessURL");
    public static readonly Iri MediaType = new(Namespace + "mediaType");
    public static readonly Iri Keyword = new(Namespace + "keyword");
    public static readonly Iri Theme = new(Namespace + "theme");
    public static readonly Iri LandingPage = new(Namespace + "landingPage");
    public static readonly Iri ByteSize = new(Namespace + "byteSize");
    public static readonly Iri ContactPoint = new(Namespace + "contactPoint");
    public static readonly Iri EndpointUrl = new(Namespace + "endpointURL");
    public static readonly Iri ServesDataset = new(Namespace + "servesDataset");
}
