using Graph.Core.Terms;
using Graph.Core.Vocabularies;

namespace Graph.Shacl;

/// <summary>SHACL Core terms (https://www.w3.org/TR/shacl/) that <see cref="Sh"/> in Graph.Core does not list.</summary>
internal static class ShaclTerms
{
    private const string N = Sh.Namespace;

    public static readonly Iri TargetNode = new(N + "targetNode");
    public static readonly Iri TargetSubjectsOf = new(N + "targetSubjectsOf");
    public static readonly Iri TargetObjectsOf = new(N + "targetObjectsOf");
    public static readonly Iri InversePath = new(N + "inversePath");
    public static readonly Iri AlternativePath = new(N + "alternativePath");
    public static readonly Iri ZeroOrMorePath = new(N + "zeroOrMorePath");
    public static readonly Iri OneOrMorePath = new(N + "oneOrMorePath");
    public static readonly Iri ZeroOrOnePath = new(N + "zeroOrOnePath");
    public static readonly Iri MinLength = new(N + "minLength");
    public static readonly Iri MaxLength = new(N + "maxLength");
    public static readonly Iri HasValue = new(N + "hasValue");
    public static readonly Iri Or = new(N + "or");
    public static readonly Iri Flags = new(N + "flags");
    public static readonly Iri Deactivated = new(N + "deactivated");
    public static readonly Iri Violation = new(N + "Violation");
    public static readonly Iri Warning = new(N + "Warning");
    public static readonly Iri Info = new(N + "Info");
    public static readonly Iri BlankNodeOrLiteral = new(N + "BlankNodeOrLiteral");

    /// <summary>The IRI of a constraint component, e.g. <c>sh:MinCountConstraintComponent</c>.</summary>
    public static Iri Component(string name) => new(N + name + "ConstraintComponent");
}
