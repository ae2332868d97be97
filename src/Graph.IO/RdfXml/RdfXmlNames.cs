using Graph.Core.Vocabularies;

namespace Graph.IO.RdfXml;

/// <summary>
/// The names RDF/XML reserves (RDF 1.1 XML Syntax §7.2.2–7.2.7) and which of them each kind of element or attribute
/// may not use. Names are local names in the RDF namespace.
/// </summary>
internal static class RdfXmlNames
{
    public const string RdfNamespace = Rdf.Namespace;
    public const string XmlNamespace = "http://www.w3.org/XML/1998/namespace";
    public const string XmlnsNamespace = "http://www.w3.org/2000/xmlns/";

    // §7.2.2 coreSyntaxTerms
    private static readonly HashSet<string> s_core = ["RDF", "ID", "about", "parseType", "resource", "nodeID", "datatype"];

    // §7.2.4 oldTerms: withdrawn from the language, an error wherever they appear.
    private static readonly HashSet<string> s_old = ["aboutEach", "aboutEachPrefix", "bagID"];

    public static bool IsCoreSyntaxTerm(string local) => s_core.Contains(local);

    public static bool IsOldTerm(string local) => s_old.Contains(local);

    // §7.2.5 nodeElementURIs = anyURI - ( coreSyntaxTerms | rdf:li | oldTerms )
    public static bool IsForbiddenNodeElement(string local) => IsCoreSyntaxTerm(local) || local == "li" || IsOldTerm(local);

    // §7.2.6 propertyElementURIs = anyURI - ( coreSyntaxTerms | rdf:Description | oldTerms )
    public static bool IsForbiddenPropertyElement(string local) => IsCoreSyntaxTerm(local) || local == "Description" || IsOldTerm(local);

    // §7.2.7 propertyAttributeURIs = anyURI - ( coreSyntaxTerms | rdf:Description | rdf:li | oldTerms )
    public static bool IsForbiddenPropertyAttribute(string local) => IsForbiddenPropertyElement(local) || local == "li";

    /// <summary>
    /// Unqualified attributes that RDF/XML still reads as RDF names, for documents written to the 1999 syntax
    /// (§6.1.4); every other unqualified attribute is an error.
    /// </summary>
    public static bool IsAllowedUnqualifiedAttribute(string local) => local is "ID" or "about" or "resource" or "parseType" or "type";

    /// <summary>Names reserved by XML (prefix or unprefixed local name starting with "xml", any case), which RDF/XML ignores (§6.1.2).</summary>
    public static bool IsXmlReserved(string prefix, string local) =>
        prefix.Length > 0 ? prefix.StartsWith("xml", StringComparison.OrdinalIgnoreCase) : local.StartsWith("xml", StringComparison.OrdinalIgnoreCase);
}
