using Graph.Core.Terms;

namespace Graph.Core.Vocabularies;

/// <summary>OWL (<c>http://www.w3.org/2002/07/owl#</c>).</summary>
public static class Owl
{
    public const string Namespace = "http://www.w3.org/2002/07/owl#";

    public static readonly Iri SameAs = new(Namespace + "sameAs");
    public static readonly Iri Class = new(Namespace + "Class");
    public static readonly Iri ObjectProperty = new(Namespace + "ObjectProperty");
    public static readonly Iri DatatypeProperty = new(Namespace + "DatatypeProperty");
    public static readonly Iri Ontology = new(Namespace + "Ontology");
    public static readonly Iri Thing = new(Namespace + "Thing");
}
