using Graph.Core.Terms;

namespace Graph.Core.Vocabularies;

/// <summary>RDF Schema (<c>http://www.w3.org/2000/01/rdf-schema#</c>).</summary>
public static class Rdfs
{
    public const string Namespace = "http://www.w3.org/2000/01/rdf-schema#";

    public static readonly Iri Label = new(Namespace + "label");
    public static readonly Iri Comment = new(Namespace + "comment");
    public static readonly Iri Class = new(Namespace + "Class");
    public static readonly Iri SubClassOf = new(Namespace + "subClassOf");
    public static readonly Iri SubPropertyOf = new(Namespace + "subPropertyOf");
    public static readonly Iri Domain = new(Namespace + "domain");
    public static readonly Iri Range = new(Namespace + "range");
    public static readonly Iri SeeAlso = new(Namespace + "seeAlso");
    public static readonly Iri IsDefinedBy = new(Namespace + "isDefinedBy");
    public static readonly Iri Literal = new(Namespace + "Literal");
    public static readonly Iri Resource = new(Namespace + "Resource");
    public static readonly Iri Datatype = new(Namespace + "Datatype");
    public static readonly Iri Member = new(Namespace + "member");
}
