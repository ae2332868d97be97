using System.Runtime.CompilerServices;
using System.Text;
using System.Xml;
using Graph.Core.Terms;
using Graph.Core.Vocabularies;

namespace Graph.IO.RdfXml;

internal sealed partial class RdfXmlParser
{
    private readonly StringBuilder _text = new();

    // [7.2.14] propertyElt ::= resourcePropertyElt | literalPropertyElt | parseTypeLiteralPropertyElt
    //                        | parseTypeResourcePropertyElt | parseTypeCollectionPropertyElt
    //                        | parseTypeOtherPropertyElt | emptyPropertyElt
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void ReadPropertyElt(Term subject, Scope parent, ref int li)
    {
        MarkElement();
        var ns = _xml.NamespaceURI;
        var local = _xml.LocalName;
        if (TooDeep() || !CheckElementName(ns, local, isNode: false))
        {
            SkipElement();
            return;
        }
        // §7.4 List Expansion Rules: rdf:li becomes rdf:_n, counting on the enclosing node element.
        var predicate = ns == RdfXmlNames.RdfNamespace && local == "li" ? MemberProperty(li++) : NameIri(ns, local);
        var a = ReadAttributes(parent, ElementRole.Property);
        Iri? statement = null;
        if (a.Valid && a.Id is { } id)
        {
            statement = IdIri(a.BaseIri, id);
            if (statement is null) a.Valid = false;
        }
        if (!a.Valid)
        {
            SkipElement();
            return;
        }
        var scope = new Scope(a.BaseIri, a.Language);
        if (a.ParseType is { } parseType)
        {
            ReadParseTypePropertyElt(subject, predicate, statement, a, parseType, scope);
            return;
        }
        if (_xml.IsEmptyElement)
        {
            EmptyPropertyElt(subject, predicate, statement, a);
            return;
        }

        _text.Clear();
        var hasText = false;
        Term? obj = null;
        while (_xml.Read())
        {
            switch (_xml.NodeType)
            {
                case XmlNodeType.Text or XmlNodeType.CDATA:
                    if (obj is not null) RejectText("the end of the property element after its node element");
                    _text.Append(_xml.Value);
                    hasText = true;
                    break;
                case XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace:
                    _text.Append(_xml.Value);
                    break;
                case XmlNodeType.Element:
                    obj = ReadNestedNodeElement(obj, hasText, a, scope);
                    break;
                case XmlNodeType.EndElement:
                    if (obj is not null) EmitAndReify(subject, predicate, obj, statement);
                    else if (_text.Length == 0 || (!hasText && HasEmptyPropertyAttributes(a))) EmptyPropertyElt(subject, predicate, statement, a);
                    else LiteralPropertyElt(subject, predicate, statement, a);
                    return;
            }
        }
    }

    // [7.2.15] resourcePropertyElt ::= start-element(URI == propertyElementURIs, attributes == set(idAttr?))
    //                                  ws* nodeElement ws* end-element()
    private Term? ReadNestedNodeElement(Term? previous, bool hasText, ElementAttributes a, Scope scope)
    {
        if (previous is not null)
        {
            Error("a property element may contain only one node element; found a second one", _xml.Name);
            SkipElement();
            return previous;
        }
        if (hasText)
        {
            Error("a property element may contain text or a node element, not both; found an element after text", _xml.Name);
            SkipElement();
            return null;
        }
        var extra = a.Resource ?? a.NodeId ?? a.Datatype ?? (a.Properties.Count > 0 ? a.Properties[0] : null);
        if (extra is { } e)
        {
            ErrorAt($"the attribute '{e.Name}' is not allowed on a property element that contains a node element", e.Name, e.Line, e.Column);
            SkipElement();
            return null;
        }
        return ReadNodeElement(scope);
    }

    // [7.2.16] literalPropertyElt ::= start-element(URI == propertyElementURIs, attributes == set(idAttr?, datatypeAttr?))
    //                                 text() end-element()
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void LiteralPropertyElt(Term subject, Iri predicate, Iri? statement, ElementAttributes a)
    {
        var extra = a.Resource ?? a.NodeId ?? (a.Properties.Count > 0 ? a.Properties[0] : null);
        if (extra is { } e)
        {
            ErrorAt($"the attribute '{e.Name}' is not allowed on a property element with text content", e.Name, e.Line, e.Column);
            return;
        }
        var value = _text.ToString();
        Literal literal;
        if (a.Datatype is { } datatype)
        {
            var iri = ResolveIri(a.BaseIri, datatype);
            if (iri is null) return;
            literal = new Literal(value, iri);
        }
        else
        {
            literal = PlainLiteral(value, a.Language);
        }
        EmitAndReify(subject, predicate, literal, statement);
    }

    private static bool HasEmptyPropertyAttributes(ElementAttributes a) => a.Resource is not null || a.NodeId is not null || a.Properties.Count > 0;

    // [7.2.21] emptyPropertyElt ::= start-element(URI == propertyElementURIs,
    //                                  attributes == set(idAttr?, (resourceAttr | nodeIdAttr)?, propertyAttr*))
    //                               end-element()
    // White space alone between the tags is read as empty when the element carries rdf:resource, rdf:nodeID or
    // property attributes (hand-written files do this; it would otherwise be an error, never a different graph).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void EmptyPropertyElt(Term subject, Iri predicate, Iri? statement, ElementAttributes a)
    {
        if (a.Datatype is { } datatype)
        {
            // rdf:datatype on an empty element is the empty typed literal (literalPropertyElt with empty text).
            var extra = a.Resource ?? a.NodeId ?? (a.Properties.Count > 0 ? a.Properties[0] : null);
            if (extra is { } e)
            {
                ErrorAt($"the attribute '{e.Name}' is not allowed together with rdf:datatype", e.Name, e.Line, e.Column);
                return;
            }
            var iri = ResolveIri(a.BaseIri, datatype);
            if (iri is not null) EmitAndReify(subject, predicate, new Literal(string.Empty, iri), statement);
            return;
        }
        if (!HasEmptyPropertyAttributes(a))
        {
            EmitAndReify(subject, predicate, PlainLiteral(string.Empty, a.Language), statement);
            return;
        }
        if (a.Resource is not null && a.NodeId is { } nodeId)
        {
            ErrorAt("a property element may have only one of rdf:resource and rdf:nodeID", nodeId.Name, nodeId.Line, nodeId.Column);
            return;
        }
        Term? obj = a.Resource is { } resource ? ResolveIri(a.BaseIri, resource)
            : a.NodeId is { } id ? (CheckNcName(id) ? NodeIdBlankNode(id.Value) : null)
            : NewBlankNode();
        if (obj is null) return;
        EmitPropertyAttributes(obj, a);
        EmitAndReify(subject, predicate, obj, statement);
    }

    private void ReadParseTypePropertyElt(Term subject, Iri predicate, Iri? statement, ElementAttributes a, XmlAttribute parseType, Scope scope)
    {
        var extra = a.Resource ?? a.NodeId ?? a.Datatype ?? (a.Properties.Count > 0 ? a.Properties[0] : null);
        if (extra is { } e)
        {
            ErrorAt($"the attribute '{e.Name}' is not allowed together with rdf:parseType", e.Name, e.Line, e.Column);
            SkipElement();
            return;
        }
        switch (parseType.Value)
        {
            case "Resource": ParseTypeResourcePropertyElt(subject, predicate, statement, scope); break;
            case "Collection": ParseTypeCollectionPropertyElt(subject, predicate, statement, scope); break;
            // [7.2.20] parseTypeOtherPropertyElt: any other value acts as "Literal".
            default: ParseTypeLiteralPropertyElt(subject, predicate, statement); break;
        }
    }

    // [7.2.17] parseTypeLiteralPropertyElt ::= start-element(URI == propertyElementURIs, attributes == set(idAttr?, parseLiteral))
    //                                          literal end-element()
    private void ParseTypeLiteralPropertyElt(Term subject, Iri predicate, Iri? statement)
    {
        var value = _xml.IsEmptyElement ? string.Empty : (_literals ??= new XmlLiteralCanonicalizer()).ReadContent(_xml);
        EmitAndReify(subject, predicate, new Literal(value, Rdf.XmlLiteral), statement);
    }

    // [7.2.18] parseTypeResourcePropertyElt ::= start-element(URI == propertyElementURIs, attributes == set(idAttr?, parseResource))
    //                                           propertyEltList end-element()
    private void ParseTypeResourcePropertyElt(Term subject, Iri predicate, Iri? statement, Scope scope)
    {
        var node = NewBlankNode();
        EmitAndReify(subject, predicate, node, statement);
        ReadPropertyEltList(node, scope);
    }

    // [7.2.19] parseTypeCollectionPropertyElt ::= start-element(URI == propertyElementURIs, attributes == set(idAttr?, parseCollection))
    //                                             nodeElementList end-element()
    private void ParseTypeCollectionPropertyElt(Term subject, Iri predicate, Iri? statement, Scope scope)
    {
        Term head = Rdf.Nil;
        BlankNode? last = null;
        if (!_xml.IsEmptyElement)
        {
            while (_xml.Read() && _xml.NodeType != XmlNodeType.EndElement)
            {
                if (_xml.NodeType is XmlNodeType.Text or XmlNodeType.CDATA) RejectText("node elements (the members of the collection)");
                if (_xml.NodeType != XmlNodeType.Element) continue;
                var cell = NewBlankNode();
                if (last is null) head = cell;
                else Emit(last, Rdf.Rest, cell);
                Emit(cell, Rdf.First, ReadNodeElement(scope));
                last = cell;
            }
        }
        if (last is not null) Emit(last, Rdf.Rest, Rdf.Nil);
        EmitAndReify(subject, predicate, head, statement);
    }
}
