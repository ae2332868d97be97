using Graph.Core.Terms;
using Graph.Core.Vocabularies;

namespace Graph.Mapping.Mappers;

/// <summary>Schema.org terms the mappers use that <see cref="Schema"/> in Graph.Core does not list.</summary>
internal static class SchemaTerms
{
    public static readonly Iri Video = new(Schema.Namespace + "video");
    public static readonly Iri AssociatedMedia = new(Schema.Namespace + "associatedMedia");
    public static readonly Iri Sha256 = new(Schema.Namespace + "sha256");
}
