namespace Graph.IO.RdfXml;

/// <summary>
/// The attributes of one node or property element, sorted into the roles the grammar gives them (RDF 1.1 XML Syntax
/// §7.2.11–7.2.22): the syntax attributes by name, the rest as property attributes. Reused per element depth.
/// </summary>
internal sealed class ElementAttributes
{
    public XmlAttribute? Id;
    public XmlAttribute? NodeId;
    public XmlAttribute? About;
    public XmlAttribute? Resource;
    public XmlAttribute? Datatype;
    public XmlAttribute? ParseType;

    /// <summary>The in-scope base IRI and language for the element (after its own xml:base and xml:lang).</summary>
    public string? BaseIri;
    public string? Language;

    public readonly List<XmlAttribute> Properties = [];

    /// <summary>False when an attribute was rejected (already reported): the element is skipped.</summary>
    public bool Valid;

    public void Clear()
    {
        Id = NodeId = About = Resource = Datatype = ParseType = null;
        BaseIri = Language = null;
        Properties.Clear();
        Valid = true;
    }
}
