using Graph.Core.Terms;

namespace Graph.Core.Vocabularies;

/// <summary>PROV-O (<c>http://www.w3.org/ns/prov#</c>).</summary>
public static class Prov
{
    public const string Namespace = "http://www.w3.org/ns/prov#";

    public static readonly Iri WasDerivedFrom = new(Namespace + "wasDerivedFrom");
    public static readonly Iri GeneratedAtTime = new(Namespace + "generatedAtTime");
    public static readonly Iri Entity = new(Namespace + "Entity");
}
