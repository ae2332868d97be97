using System.Text;
using System.Xml;

namespace Graph.IO.RdfXml;

/// <summary>
/// Turns the content of an <c>rdf:parseType="Literal"</c> property element into the lexical form of an
/// <c>rdf:XMLLiteral</c>: Exclusive XML Canonicalization with comments and an empty InclusiveNamespaces list
/// (RDF 1.1 XML Syntax §7.2.17, https://www.w3.org/TR/xml-exc-c14n/), which is what the W3C tests expect.
/// </summary>
internal sealed class XmlLiteralCanonicalizer
{
    private readonly StringBuilder _out = new();

    // Namespace declarations rendered by output ancestors, with an undo log so leaving an element restores its parent's view.
    private readonly Dictionary<string, string> _rendered = new(StringComparer.Ordinal);
    private readonly List<(string Prefix, string? Previous)> _undo = [];
    private readonly List<int> _undoMarks = [];
    private readonly List<(string Prefix, string Uri)> _declarations = [];
    private readonly List<(string Namespace, string Local, string Name, string Value)> _attributes = [];

    /// <summary>
    /// Reads the content of the element the reader is on (a non-empty start tag) and returns it canonicalised;
    /// leaves the reader on that element's end tag.
    /// </summary>
    public string ReadContent(XmlReader reader)
    {
        _out.Clear();
        _rendered.Clear();
        _undo.Clear();
        _undoMarks.Clear();
        var depth = reader.Depth;
        while (reader.Read())
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element:
                    var name = reader.Name;
                    var empty = reader.IsEmptyElement;
                    WriteStartTag(reader, name);
                    if (empty) EndElement(name);
                    break;
                case XmlNodeType.EndElement:
                    if (reader.Depth == depth) return _out.ToString();
                    EndElement(reader.Name);
                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace:
                    AppendText(reader.Value);
                    break;
                case XmlNodeType.Comment:
                    _out.Append("<!--").Append(reader.Value).Append("-->");
                    break;
                case XmlNodeType.ProcessingInstruction:
                    _out.Append("<?").Append(reader.Name);
                    if (reader.Value.Length > 0) _out.Append(' ').Append(reader.Value);
                    _out.Append("?>");
                    break;
            }
        }
        throw new XmlException("Unexpected end of document inside an rdf:parseType=\"Literal\" element.");
    }

    /// <summary>Canonicalises a whole fragment given as text (used by the writer to check that a literal survives a round trip).</summary>
    public static string? TryCanonicalize(string content)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, ConformanceLevel = ConformanceLevel.Document };
        try
        {
            using var reader = XmlReader.Create(new StringReader("<x>" + content + "</x>"), settings);
            reader.MoveToContent();
            if (reader.IsEmptyElement) return string.Empty;
            var result = new XmlLiteralCanonicalizer().ReadContent(reader);
            while (reader.Read()) { }
            return result;
        }
        catch (XmlException)
        {
            return null;
        }
    }

    private void WriteStartTag(XmlReader reader, string name)
    {
        _declarations.Clear();
        _attributes.Clear();
        _undoMarks.Add(_undo.Count);
        // Exclusive c14n renders only the namespaces an element visibly uses: its own prefix and its attributes' prefixes.
        NeedNamespace(reader.Prefix, reader.NamespaceURI);
        if (reader.MoveToFirstAttribute())
        {
            do
            {
                if (reader.NamespaceURI == RdfXmlNames.XmlnsNamespace) continue;
                if (reader.Prefix.Length > 0 && reader.Prefix != "xml") NeedNamespace(reader.Prefix, reader.NamespaceURI);
                _attributes.Add((reader.NamespaceURI, reader.LocalName, reader.Name, reader.Value));
            }
            while (reader.MoveToNextAttribute());
            reader.MoveToElement();
        }
        _declarations.Sort((a, b) => string.CompareOrdinal(a.Prefix, b.Prefix));
        _attributes.Sort((a, b) =>
        {
            var c = string.CompareOrdinal(a.Namespace, b.Namespace);
            return c != 0 ? c : string.CompareOrdinal(a.Local, b.Local);
        });

        _out.Append('<').Append(name);
        foreach (var (prefix, uri) in _declarations)
        {
            if (prefix.Length == 0) _out.Append(" xmlns=\"");
            else _out.Append(" xmlns:").Append(prefix).Append("=\"");
            AppendAttributeValue(uri);
            _out.Append('"');
            _undo.Add((prefix, _rendered.TryGetValue(prefix, out var previous) ? previous : null));
            _rendered[prefix] = uri;
        }
        foreach (var a in _attributes)
        {
            _out.Append(' ').Append(a.Name).Append("=\"");
            AppendAttributeValue(a.Value);
            _out.Append('"');
        }
        _out.Append('>');
    }

    private void NeedNamespace(string prefix, string uri)
    {
        foreach (var d in _declarations)
            if (d.Prefix == prefix) return;
        var current = _rendered.TryGetValue(prefix, out var r) ? r : string.Empty;
        // An absent default namespace equals xmlns="": declare it only to undo a non-empty default rendered above.
        if (current != uri) _declarations.Add((prefix, uri));
    }

    private void EndElement(string name)
    {
        _out.Append("</").Append(name).Append('>');
        var mark = _undoMarks[^1];
        _undoMarks.RemoveAt(_undoMarks.Count - 1);
        for (var i = _undo.Count - 1; i >= mark; i--)
        {
            var (prefix, previous) = _undo[i];
            if (previous is null) _rendered.Remove(prefix);
            else _rendered[prefix] = previous;
        }
        _undo.RemoveRange(mark, _undo.Count - mark);
    }

    private void AppendText(string s)
    {
        foreach (var c in s)
        {
            switch (c)
            {
                case '&': _out.Append("&amp;"); break;
                case '<': _out.Append("&lt;"); break;
                case '>': _out.Append("&gt;"); break;
                case '\r': _out.Append("&#xD;"); break;
                default: _out.Append(c); break;
            }
        }
    }

    private void AppendAttributeValue(string s)
    {
        foreach (var c in s)
        {
            switch (c)
            {
                case '&': _out.Append("&amp;"); break;
                case '<': _out.Append("&lt;"); break;
                case '"': _out.Append("&quot;"); break;
                case '\t': _out.Append("&#x9;"); break;
                case '\n': _out.Append("&#xA;"); break;
                case '\r': _out.Append("&#xD;"); break;
                default: _out.Append(c); break;
            }
        }
    }
}
