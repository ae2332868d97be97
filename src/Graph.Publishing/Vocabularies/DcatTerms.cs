using Graph.Core.Terms;
using Graph.Core.Vocabularies;

namespace Graph.Publishing.Vocabularies;

/// <summary>DCAT and Dublin Core terms that <see cref="Dcat"/> and <see cref="Dcterms"/> in Graph.Core do not list.</summary>
internal static class DcatTerms
{
    public static readonly Iri DatasetProp = new(Dcat.Namespace + "dataset");
    public static readonly Iri Service = new(Dcat.Namespace + "service");
    public static readonly Iri AccessService = new(Dcat.Namespace + "accessService");
    public static readonly Iri EndpointDescription = new(Dcat.Namespace + "endpointDescription");
    public static readonly Iri AccessRights = new(Dcterms.Namespace + "accessRights");
    public static readonly Iri MediaTypeClass = new(Dcterms.Namespace + "MediaType");

    /// <summary>The EU access-rights authority table (DCAT-AP, DCAT-AP CH).</summary>
    public static readonly Iri Public = new("http://publications.europa.eu/resource/authority/access-right/PUBLIC");

    /// <summary>The W3C format registry (https://www.w3.org/ns/formats/), used by <c>void:feature</c>.</summary>
    public const string FormatsNamespace = "http://www.w3.org/ns/formats/";

    public static readonly Iri VoidFeature = new(Core.Vocabularies.Void.Namespace + "feature");

    public static readonly Iri SparqlProtocol = new("https://www.w3.org/TR/sparql11-protocol/");
}
