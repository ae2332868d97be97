using System.Runtime.CompilerServices;
using System.Xml;
using Graph.Core.Iris;
using Graph.Core.Terms;

namespace Graph.IO.RdfXml;

internal sealed partial class RdfXmlParser
{
    private enum ElementRole { Rdf, Node, Property }

    /// <summary>
    /// Reads the attributes of the element the reader is on (§6.1.2, §6.1.4): xml:base and xml:lang set the scope,
    /// namespace declarations go to the sink, other xml* names are ignored, and the rest are sorted into
    /// <see cref="ElementAttributes"/>. Attributes the element's role does not allow are reported. Leaves the reader on the element.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private ElementAttributes ReadAttributes(Scope parent, ElementRole role)
    {
        var depth = _xml.Depth;
        while (_attributePool.Count <= depth) _attributePool.Add(new ElementAttributes());
        var a = _attributePool[depth];
        a.Clear();
        a.BaseIri = parent.BaseIri;
        a.Language = parent.Language;
        if (!_xml.MoveToFirstAttribute()) return a;
        string? xmlBase = null;
        XmlAttribute baseAttribute = default;
        do
        {
            var ns = _xml.NamespaceURI;
            var local = _xml.LocalName;
            if (ns == RdfXmlNames.XmlnsNamespace)
            {
                _sink.OnPrefix(_xml.Prefix.Length == 0 ? string.Empty : local, _xml.Value);
                continue;
            }
            if (ns == RdfXmlNames.XmlNamespace)
            {
                if (local == "lang") a.Language = _xml.Value;
                else if (local == "base")
                {
                    xmlBase = _xml.Value;
                    baseAttribute = Current(ns, local);
                }
                continue;
            }
            if (RdfXmlNames.IsXmlReserved(_xml.Prefix, local)) continue;
            var attribute = Current(ns, local);
            if (ns.Length == 0)
            {
                if (!RdfXmlNames.IsAllowedUnqualifiedAttribute(local))
                {
                    Reject(a, attribute, $"the unqualified attribute '{local}' is not allowed; expected a namespace-qualified attribute");
                    continue;
                }
                attribute = attribute with { Namespace = RdfXmlNames.RdfNamespace };
            }
            Classify(a, attribute, role);
        }
        while (_xml.MoveToNextAttribute());
        _xml.MoveToElement();

        // xml:base applies to the element's own attributes, whatever their order (XML Base §4.2).
        if (xmlBase is not null)
        {
            var resolved = ResolveIri(parent.BaseIri, xmlBase, baseAttribute);
            if (resolved is null) a.Valid = false;
            else a.BaseIri = resolved.Value;
        }
        return a;
    }

    private XmlAttribute Current(string ns, string local) => new(ns, local, _xml.Name, _xml.Value, Line, Column);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Classify(ElementAttributes a, in XmlAttribute attribute, ElementRole role)
    {
        if (role == ElementRole.Rdf)
        {
            Reject(a, attribute, $"the attribute '{attribute.Name}' is not allowed on rdf:RDF; expected only namespace declarations, xml:base and xml:lang");
            return;
        }
        if (attribute.Namespace != RdfXmlNames.RdfNamespace)
        {
            // A property attribute's IRI is namespace + local name, never resolved: it must be absolute.
            if (!IriResolver.IsAbsolute(attribute.Namespace + attribute.LocalName))
                Reject(a, attribute, $"the attribute '{attribute.Name}' names the relative IRI '{attribute.Namespace + attribute.LocalName}'; a namespace must be an absolute IRI");
            else a.Properties.Add(attribute);
            return;
        }
        var local = attribute.LocalName;
        if (RdfXmlNames.IsOldTerm(local))
        {
            Reject(a, attribute, $"'{attribute.Name}' was withdrawn from RDF/XML and is not allowed");
            return;
        }
        switch (local)
        {
            case "ID": Set(a, ref a.Id, attribute); break;
            case "nodeID": Set(a, ref a.NodeId, attribute); break;
            case "about" when role == ElementRole.Node: Set(a, ref a.About, attribute); break;
            case "resource" when role == ElementRole.Property: Set(a, ref a.Resource, attribute); break;
            case "datatype" when role == ElementRole.Property: Set(a, ref a.Datatype, attribute); break;
            case "parseType" when role == ElementRole.Property: Set(a, ref a.ParseType, attribute); break;
            default:
                if (RdfXmlNames.IsForbiddenPropertyAttribute(local))
                {
                    var expected = role == ElementRole.Node
                        ? "expected rdf:about, rdf:ID, rdf:nodeID or property attributes on a node element"
                        : "expected rdf:ID, rdf:resource, rdf:nodeID, rdf:datatype, rdf:parseType or property attributes on a property element";
                    Reject(a, attribute, $"the attribute '{attribute.Name}' is not allowed here; {expected}");
                }
                else
                {
                    a.Properties.Add(attribute);
                }
                break;
        }
    }

    private void Set(ElementAttributes a, ref XmlAttribute? slot, in XmlAttribute attribute)
    {
        // 'about' and 'rdf:about' name the same attribute (§6.1.4): a document giving both is illegal.
        if (slot is { } previous)
        {
            Reject(a, attribute, $"'{attribute.Name}' repeats '{previous.Name}'");
            return;
        }
        slot = attribute;
    }

    private void Reject(ElementAttributes a, in XmlAttribute attribute, string message)
    {
        ErrorAt(message, attribute.Name, attribute.Line, attribute.Column);
        a.Valid = false;
    }

    /// <summary>Checks an rdf:ID or rdf:nodeID value against production rdf-id (an XML NCName, §7.2.32).</summary>
    private bool CheckNcName(in XmlAttribute attribute)
    {
        if (IsNcName(attribute.Value)) return true;
        ErrorAt($"the value of {attribute.Name} must be an XML NCName (a name without ':' that starts with a letter or '_')", attribute.Value, attribute.Line, attribute.Column);
        return false;
    }

    internal static bool IsNcName(string s)
    {
        if (s.Length == 0) return false;
        try
        {
            XmlConvert.VerifyNCName(s);
            return true;
        }
        catch (XmlException)
        {
            return false;
        }
    }

    /// <summary>The IRI an rdf:ID gives (base + "#" + id), checked for uniqueness in the document (constraint-id, §5.2).</summary>
    private Iri? IdIri(string? baseIri, in XmlAttribute id)
    {
        if (!CheckNcName(id)) return null;
        var iri = ResolveIri(baseIri, "#" + id.Value, id);
        if (iri is null) return null;
        if (_ids.TryGetValue(iri.Value, out var first))
        {
            ErrorAt($"rdf:ID '{id.Value}' gives <{iri.Value}>, already given by an rdf:ID at ({first.Line},{first.Column})", id.Value, id.Line, id.Column);
            return null;
        }
        _ids[iri.Value] = (id.Line, id.Column);
        return iri;
    }
}
