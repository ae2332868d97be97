using Graph.Core.Terms;

namespace Graph.Core.Vocabularies;

/// <summary>SHACL (<c>http://www.w3.org/ns/shacl#</c>).</summary>
public static class Sh
{
    public const string Namespace = "http://www.w3.org/ns/shacl#";

    public static readonly Iri NodeShape = new(Namespace + "NodeShape");
    public static readonly Iri PropertyShape = new(Namespace + "PropertyShape");
    public static readonly Iri TargetClass = new(Namespace + "targetClass");
    public static readonly Iri Property = new(Namespace + "property");
    public static readonly Iri Path = new(Namespace + "path");
    public static readonly Iri MinCount = new(Namespace + "minCount");
    public static readonly Iri MaxCount = new(Namespace + "maxCount");
    public static readonly Iri Datatype = new(Namespace + "datatype");
    public static readonly Iri Class = new(Namespace + "class");
    public static readonly Iri NodeKind = new(Namespace + "nodeKind");
    public static readonly Iri Pattern = new(Namespace + "pattern");
    public static readonly Iri In = new(Namespace + "in");
    public static readonly Iri LanguageIn = new(Namespace + "languageIn");
    public static readonly Iri UniqueLang = new(Namespace + "uniqueLang");
    public static readonly Iri IriKind = new(Namespace + "IRI");
    public static readonly Iri BlankNodeKind = new(Namespace + "BlankNode");
    public static readonly Iri LiteralKind = new(Namespace + "Literal");
    public static readonly Iri BlankNodeOrIri = new(Namespace + "BlankNodeOrIRI");
    public static readonly Iri IriOrLiteral = new(Namespace + "IRIOrLiteral");
    public static readonly Iri Severity = new(Namespace + "severity");
    public static readonly Iri Message = new(Namespace + "message");
    public static readonly Iri Closed = new(Namespace + "closed");
    public static readonly Iri IgnoredProperties = new(Namespace + "ignoredProperties");
}
