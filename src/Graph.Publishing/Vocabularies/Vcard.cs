using Graph.Core.Terms;

namespace Graph.Publishing.Vocabularies;

/// <summary>vCard in RDF (<c>http://www.w3.org/2006/vcard/ns#</c>), as DCAT uses it for contact points.</summary>
internal static class Vcard
{
    public const string Namespace = "http://www.w3.org/2006/vcard/ns#";

    public static readonly Iri Organization = new(Namespace + "Organization");
    public static readonly Iri Fn = new(Namespace + "fn");
    public static readonly Iri HasEmail = new(Namespace + "hasEmail");
}
