using Graph.Core.Terms;
using Graph.Publishing.Vocabularies;

namespace Graph.Publishing.Descriptions;

/// <summary>
/// The identifiers harvesters expect for a dump's format: the IANA media-type IRI (<c>dcat:mediaType</c>), the EU
/// file-type authority entry (<c>dct:format</c>, https://op.europa.eu/en/web/eu-vocabularies/dataset/-/resource?uri=http://publications.europa.eu/resource/dataset/file-type)
/// and the W3C format IRI (<c>void:feature</c>).
/// </summary>
internal static class FileTypes
{
    private const string Iana = "https://www.iana.org/assignments/media-types/";
    private const string EuFileType = "http://publications.europa.eu/resource/authority/file-type/";

    public static Iri MediaTypeIri(string mediaType) => new(Iana + mediaType.Trim().ToLowerInvariant());

    public static Iri? EuFormat(string mediaType) => Normalise(mediaType) switch
    {
        "text/turtle" => new(EuFileType + "RDF_TURTLE"),
        "application/n-triples" => new(EuFileType + "RDF_N_TRIPLES"),
        "application/n-quads" => new(EuFileType + "RDF_N_QUADS"),
        "application/trig" => new(EuFileType + "RDF_TRIG"),
        "application/rdf+xml" => new(EuFileType + "RDF_XML"),
        "application/ld+json" => new(EuFileType + "JSON_LD"),
        _ => null,
    };

    public static Iri? W3cFormat(string mediaType) => Normalise(mediaType) switch
    {
        "text/turtle" => new(DcatTerms.FormatsNamespace + "Turtle"),
        "application/n-triples" => new(DcatTerms.FormatsNamespace + "N-Triples"),
        "application/n-quads" => new(DcatTerms.FormatsNamespace + "N-Quads"),
        "application/trig" => new(DcatTerms.FormatsNamespace + "TriG"),
        "application/rdf+xml" => new(DcatTerms.FormatsNamespace + "RDF_XML"),
        "application/ld+json" => new(DcatTerms.FormatsNamespace + "JSON-LD"),
        _ => null,
    };

    /// <summary>A human name for the syntax, for a distribution's title.</summary>
    public static string DisplayName(string mediaType) =>
        Graph.IO.RdfFormat.Find(Normalise(mediaType))?.DisplayName ?? Normalise(mediaType);

    private static string Normalise(string mediaType)
    {
        var semi = mediaType.IndexOf(';', StringComparison.Ordinal);
        return (semi < 0 ? mediaType : mediaType[..semi]).Trim().ToLowerInvariant();
    }
}
