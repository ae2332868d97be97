using System.Runtime.CompilerServices;
using System.Xml;
using Graph.Core.Iris;
using Graph.Core.Terms;
using Graph.Core.Vocabularies;

namespace Graph.IO.RdfXml;

internal sealed partial class RdfXmlParser
{
    // [7.2.11] nodeElement ::= start-element(URI == nodeElementURIs,
    //                              attributes == set((idAttr | nodeIdAttr | aboutAttr)?, propertyAttr*))
    //                          propertyEltList end-element()
    /// <summary>Reads a node element and returns its subject (a fresh blank node when the element was rejected).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Term ReadNodeElement(Scope parent)
    {
        MarkElement();
        var ns = _xml.NamespaceURI;
        var local = _xml.LocalName;
        if (TooDeep() || !CheckElementName(ns, local, isNode: true))
        {
            SkipElement();
            return NewBlankNode();
        }
        var a = ReadAttributes(parent, ElementRole.Node);
        var subject = a.Valid ? NodeSubject(a) : null;
        if (subject is null)
        {
            SkipElement();
            return NewBlankNode();
        }

        if (!(ns == RdfXmlNames.RdfNamespace && local == "Description")) Emit(subject, Rdf.Type, NameIri(ns, local));
        EmitPropertyAttributes(subject, a);
        var scope = new Scope(a.BaseIri, a.Language);
        ReadPropertyEltList(subject, scope);
        return subject;
    }

    /// <summary>The subject from rdf:ID, rdf:nodeID or rdf:about, or a fresh blank node; null after reporting an error.</summary>
    private Term? NodeSubject(ElementAttributes a)
    {
        var given = (a.Id is null ? 0 : 1) + (a.NodeId is null ? 0 : 1) + (a.About is null ? 0 : 1);
        if (given > 1)
        {
            var second = (a.About ?? a.NodeId)!.Value;
            ErrorAt("a node element may have only one of rdf:ID, rdf:nodeID and rdf:about", second.Name, second.Line, second.Column);
            return null;
        }
        if (a.Id is { } id) return IdIri(a.BaseIri, id);
        if (a.NodeId is { } nodeId) return CheckNcName(nodeId) ? NodeIdBlankNode(nodeId.Value) : null;
        if (a.About is { } about) return ResolveIri(a.BaseIri, about);
        return NewBlankNode();
    }

    /// <summary>Property attributes: <c>rdf:type</c> gives an IRI, every other one a literal in the element's language (§7.2.11, §7.2.21).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void EmitPropertyAttributes(Term subject, ElementAttributes a)
    {
        foreach (var p in a.Properties)
        {
            var predicate = NameIri(p.Namespace, p.LocalName);
            if (predicate.Equals(Rdf.Type))
            {
                var type = ResolveIri(a.BaseIri, p);
                if (type is not null) Emit(subject, Rdf.Type, type);
            }
            else
            {
                Emit(subject, predicate, PlainLiteral(p.Value, a.Language));
            }
        }
    }

    private static Literal PlainLiteral(string value, string? language) =>
        string.IsNullOrEmpty(language) ? Literal.String(value) : new Literal(value, language);

    /// <summary>Checks an element name against nodeElementURIs or propertyElementURIs (§7.2.5, §7.2.6).</summary>
    private bool CheckElementName(string ns, string local, bool isNode)
    {
        if (ns.Length == 0)
        {
            Error($"the element '{_xml.Name}' has no namespace; expected a namespace-qualified {(isNode ? "node" : "property")} element", _xml.Name);
            return false;
        }
        if (ns == RdfXmlNames.RdfNamespace)
        {
            if (RdfXmlNames.IsOldTerm(local))
            {
                Error($"'{_xml.Name}' was withdrawn from RDF/XML and is not allowed", _xml.Name);
                return false;
            }
            if (isNode ? RdfXmlNames.IsForbiddenNodeElement(local) : RdfXmlNames.IsForbiddenPropertyElement(local))
            {
                Error(isNode
                    ? $"'{_xml.Name}' cannot be a node element; expected rdf:Description or a typed node element"
                    : $"'{_xml.Name}' cannot be a property element; expected a property name", _xml.Name);
                return false;
            }
        }
        var bad = InvalidIriCharacter(ns);
        if (bad >= 0)
        {
            Error($"the namespace of '{_xml.Name}' contains {Describe(ns[bad])}, which IRIs may not contain", ns);
            return false;
        }
        // The element's IRI is namespace + local name, never resolved against the base: it must be absolute.
        if (!IriResolver.IsAbsolute(ns + local))
        {
            Error($"the element '{_xml.Name}' names the relative IRI '{ns + local}'; a namespace must be an absolute IRI", ns);
            return false;
        }
        return true;
    }

    /// <summary>
    /// Elements nested deeper than this are an error (reported once per element, which is then skipped): the parser
    /// recurses per level, and hostile input must not overflow the stack (found by fuzz/; real documents stay far below).
    /// </summary>
    internal const int MaxNesting = 1000;

    private bool TooDeep()
    {
        if (_xml.Depth <= MaxNesting) return false;
        Error($"elements nest deeper than {MaxNesting} levels", _xml.Name);
        return true;
    }

    // [7.2.13] propertyEltList ::= ws* (propertyElt ws*)*
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void ReadPropertyEltList(Term subject, Scope scope)
    {
        if (_xml.IsEmptyElement) return;
        var li = 1;
        while (_xml.Read())
        {
            switch (_xml.NodeType)
            {
                case XmlNodeType.Element: ReadPropertyElt(subject, scope, ref li); break;
                case XmlNodeType.EndElement: return;
                case XmlNodeType.Text or XmlNodeType.CDATA: RejectText("property elements"); break;
            }
        }
    }
}
