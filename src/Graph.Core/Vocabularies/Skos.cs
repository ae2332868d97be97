using Graph.Core.Terms;

namespace Graph.Core.Vocabularies;

/// <summary>SKOS (<c>http://www.w3.org/2004/02/skos/core#</c>).</summary>
public static class Skos
{
    public const string Namespace = "http://www.w3.org/2004/02/skos/core#";

    public static readonly Iri Concept = new(Namespace + "Concept");
    public static readonly Iri ConceptScheme = new(Namespace + "ConceptScheme");
    public static readonly Iri PrefLabel = new(Namespace + "prefLabel");
    public static readonly Iri AltLabel = new(Namespace + "altLabel");
    public static readonly Iri HiddenLabel = new(Namespace + "hiddenLabel");
    public static readonly Iri Notation = new(Namespace + "notation");
    public static readonly Iri InScheme = new(Namespace + "inScheme");
    public static readonly Iri HasTopConcept = new(Namespace + "hasTopConcept");
    public static readonly Iri TopConceptOf = new(Namespace + "topConceptOf");
    public static readonly Iri Broader = new(Namespace + "broader");
    public static readonly Iri Narrower = new(Namespace + "narrower");
    public static readonly Iri Related = new(Namespace + "related");
    public static readonly Iri Definition = new(Namespace + "definition");
    public static readonly Iri Note = new(Namespace + "note");
    public static readonly Iri ScopeNote = new(Namespace + "scopeNote");
}
