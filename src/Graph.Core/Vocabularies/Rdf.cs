using Graph.Core.Terms;

namespace Graph.Core.Vocabularies;

/// <summary>The RDF vocabulary (<c>http://www.w3.org/1999/02/22-rdf-syntax-ns#</c>).</summary>
public static class Rdf
{
    public const string Namespace = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";

    public static readonly Iri Type = new(Namespace + "type");
    public static readonly Iri First = new(Namespace + "first");
    public static readonly Iri Rest = new(Namespace + "rest");
    public static readonly Iri Nil = new(Namespace + "nil");
    public static readonly Iri LangString = new(Namespace + "langString");
    public static readonly Iri DirLangString = new(Namespace + "dirLangString");
    public static readonly Iri XmlLiteral = new(Namespace + "XMLLiteral");
    public static readonly Iri Html = new(Namespace + "HTML");
    public static readonly Iri JsonLiteral = new(Namespace + "JSON");
    public static readonly Iri Statement = new(Namespace + "Statement");
    public static readonly Iri Subject = new(Namespace + "subject");
    public static readonly Iri Predicate = new(Namespace + "predicate");
    public static readonly Iri Object = new(Namespace + "object");
    public static readonly Iri Value = new(Namespace + "value");
    public static readonly Iri List = new(Namespace + "List");
    public static readonly Iri Property = new(Namespace + "Property");
    public static readonly Iri Bag = new(Namespace + "Bag");
    public static readonly Iri Seq = new(Namespace + "Seq");
    public static readonly Iri Alt = new(Namespace + "Alt");
}
