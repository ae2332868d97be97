using Graph.Core.Terms;

namespace Graph.Core.Vocabularies;

/// <summary>Dublin Core terms (<c>http://purl.org/dc/terms/</c>).</summary>
public static class Dcterms
{
    public const string Namespace = "http://purl.org/dc/terms/";

    public static readonly Iri Title = new(Namespace + "title");
    public static readonly Iri Description = new(Namespace + "description");
    public static readonly Iri Created = new(Namespace + "created");
    public static readonly Iri Modified = new(Namespace + "modified");
    public static readonly Iri Issued = new(Namespace + "issued");
    public static readonly Iri License = new(Namespace + "license");
    public static readonly Iri Publisher = new(Namespace + "publisher");
    public static readonly Iri Source = new(Namespace + "source");
    public static readonly Iri Format = new(Namespace + "format");
    public static readonly Iri Language = new(Namespace + "language");
    public static readonly Iri Identifier = new(Namespace + "identifier");
    public static readonly Iri Subject = new(Namespace + "subject");
    public static readonly Iri Conforms = new(Namespace + "conformsTo");
}
