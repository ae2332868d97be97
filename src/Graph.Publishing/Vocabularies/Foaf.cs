using Graph.Core.Terms;

namespace Graph.Publishing.Vocabularies;

/// <summary>FOAF (<c>http://xmlns.com/foaf/0.1/</c>), as DCAT-AP uses it for publishers.</summary>
internal static class Foaf
{
    public const string Namespace = "http://xmlns.com/foaf/0.1/";

    public static readonly Iri Agent = new(Namespace + "Agent");
    public static readonly Iri Organization = new(Namespace + "Organization");
    public static readonly Iri Name = new(Namespace + "name");
    public static readonly Iri Homepage = new(Namespace + "homepage");
}
