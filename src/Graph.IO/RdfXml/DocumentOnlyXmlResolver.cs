using System.Xml;

namespace Graph.IO.RdfXml;

/// <summary>
/// Lets a document use what it declares itself and nothing from outside. An external DTD subset or external parameter
/// entity (requested while the DOCTYPE is read) resolves to nothing, as a non-validating parser may do; an external
/// entity referenced in the content is an error, because the reader would otherwise silently drop its text
/// (and fetching it would let a document read local files or probe the network).
/// </summary>
internal sealed class DocumentOnlyXmlResolver : XmlResolver
{
    /// <summary>Set once the root element is reached: from then on every request is a reference to an external entity.</summary>
    public bool InContent { get; set; }

    public override object? GetEntity(Uri absoluteUri, string? role, Type? ofObjectToReturn)
    {
        if (InContent) throw new XmlException($"the external entity <{absoluteUri}> is not read: entities outside the document are never fetched");
        return new MemoryStream([], writable: false);
    }
}
