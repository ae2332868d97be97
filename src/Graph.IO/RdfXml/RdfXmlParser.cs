using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml;
using Graph.Core.Diagnostics;
using Graph.Core.Iris;
using Graph.Core.Terms;
using Graph.Core.Vocabularies;

namespace Graph.IO.RdfXml;

/// <summary>
/// One run of the RDF/XML grammar over one document: recursive descent over an <see cref="XmlReader"/>, one method per
/// production. Each Read* method starts on an element's start tag and returns on its end tag (or on the start tag
/// itself when the element is empty).
/// </summary>
internal sealed partial class RdfXmlParser
{
    private readonly XmlReader _xml;
    private readonly IXmlLineInfo? _lines;
    private readonly IQuadSink _sink;
    private readonly RdfReaderOptions _options;
    private readonly List<SyntaxError> _errors = [];
    private readonly string _blankPrefix;
    private readonly Dictionary<string, BlankNode> _nodeIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (int Line, int Column)> _ids = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Namespace, string Local), Iri> _names = [];
    private readonly List<ElementAttributes> _attributePool = [];
    private readonly List<Iri> _memberProperties = [];
    private XmlLiteralCanonicalizer? _literals;
    private long _generated;
    private (int Line, int Column) _element;

    private readonly DocumentOnlyXmlResolver? _resolver;

    public RdfXmlParser(XmlReader xml, IQuadSink sink, RdfReaderOptions options, DocumentOnlyXmlResolver? resolver = null)
    {
        _resolver = resolver;
        _xml = xml;
        _lines = xml as IXmlLineInfo;
        _sink = sink;
        _options = options;
        // Labels from rdf:nodeID get "n_", generated ones "g": the two can never clash (§5.2).
        _blankPrefix = options.BlankNodePrefix ?? BlankNode.Fresh().Label + "_";
    }

    public void Run()
    {
        try
        {
            ReadDocument();
        }
        catch (XmlException e)
        {
            // Errors raised from inside entity resolution come without a position: use the element being read.
            var (line, column) = e.LineNumber > 0 ? (e.LineNumber, e.LinePosition) : Line > 0 ? (Line, Column) : _element;
            // An empty document ("Root element is missing") has no position at all: point at its start.
            if (line <= 0) (line, column) = (1, 1);
            _errors.Add(NotWellFormed(e, line, column, _options.FileName));
        }
        catch (TooManyErrorsException) { }
        if (_errors.Count > 0) throw new RdfSyntaxException(_errors);
    }

    // [7.2.8] doc ::= root(document-element == RDF, children == list(RDF)); a lone nodeElement may stand in for RDF (§7.2.1).
    private void ReadDocument()
    {
        if (_xml.MoveToContent() != XmlNodeType.Element)
        {
            Error("the document has no root element; expected rdf:RDF or a node element", null);
            return;
        }
        if (_resolver is not null) _resolver.InContent = true;
        var root = new Scope(_options.BaseIri, null);
        if (_xml.NamespaceURI == RdfXmlNames.RdfNamespace && _xml.LocalName == "RDF") ReadRdf(root);
        else ReadNodeElement(root);
        while (_xml.Read()) { }
    }

    // [7.2.9] RDF ::= start-element(URI == rdf:RDF, attributes == set()) nodeElementList end-element()
    // [7.2.10] nodeElementList ::= ws* (nodeElement ws*)*
    private void ReadRdf(Scope parent)
    {
        var a = ReadAttributes(parent, ElementRole.Rdf);
        if (a.BaseIri is not null && a.BaseIri != parent.BaseIri) _sink.OnBase(a.BaseIri);
        if (_xml.IsEmptyElement) return;
        var scope = new Scope(a.BaseIri, a.Language);
        while (_xml.Read())
        {
            switch (_xml.NodeType)
            {
                case XmlNodeType.Element: ReadNodeElement(scope); break;
                case XmlNodeType.EndElement: return;
                case XmlNodeType.Text or XmlNodeType.CDATA: RejectText("node elements"); break;
            }
        }
    }

    /// <summary>Text outside a literal must be white space (production ws).</summary>
    private void RejectText(string expected)
    {
        var text = _xml.Value;
        if (!string.IsNullOrWhiteSpace(text)) Error($"text is not allowed here; expected {expected}", text.Trim());
    }

    // ---- terms ----

    private Iri NameIri(string ns, string local)
    {
        if (!_names.TryGetValue((ns, local), out var iri)) _names[(ns, local)] = iri = new Iri(ns + local);
        return iri;
    }

    private Iri MemberProperty(int n)
    {
        while (_memberProperties.Count < n) _memberProperties.Add(new Iri(Rdf.Namespace + "_" + (_memberProperties.Count + 1).ToString(CultureInfo.InvariantCulture)));
        return _memberProperties[n - 1];
    }

    private BlankNode NewBlankNode() => new(_blankPrefix + "g" + (++_generated).ToString(CultureInfo.InvariantCulture));

    private BlankNode NodeIdBlankNode(string id)
    {
        if (_nodeIds.TryGetValue(id, out var node)) return node;
        // An NCName may end with '.', which N-Triples labels may not: such ids get a generated label instead.
        node = id.EndsWith('.') ? new BlankNode(_blankPrefix + "d" + (++_generated).ToString(CultureInfo.InvariantCulture)) : new BlankNode(_blankPrefix + "n_" + id);
        _nodeIds[id] = node;
        return node;
    }

    /// <summary>Resolves an IRI reference from an attribute against the element's base (§5.3); reports and returns null when it cannot.</summary>
    private Iri? ResolveIri(string? baseIri, in XmlAttribute attribute) => ResolveIri(baseIri, attribute.Value, attribute);

    private Iri? ResolveIri(string? baseIri, string reference, in XmlAttribute attribute)
    {
        if (!TryResolve(baseIri, reference, out var resolved))
        {
            ErrorAt($"cannot resolve the relative IRI '{reference}' in {attribute.Name}: there is no base IRI (give one with xml:base or the reader's base IRI)", attribute.Value, attribute.Line, attribute.Column);
            return null;
        }
        var bad = InvalidIriCharacter(resolved);
        if (bad >= 0)
        {
            ErrorAt($"the IRI in {attribute.Name} contains {Describe(resolved[bad])}, which IRIs may not contain", attribute.Value, attribute.Line, attribute.Column);
            return null;
        }
        return new Iri(resolved);
    }

    private static bool TryResolve(string? baseIri, string reference, [NotNullWhen(true)] out string? resolved)
    {
        if (IsPlainAbsolute(reference))
        {
            resolved = reference;
            return true;
        }
        if (IriResolver.IsAbsolute(reference) || !string.IsNullOrEmpty(baseIri))
        {
            resolved = IriResolver.Resolve(baseIri, reference);
            return true;
        }
        resolved = null;
        return false;
    }

    // RFC 3987 excludes these from IRIs; XML attribute values may hold them, so the reader must check.
    private static readonly SearchValues<char> s_notInIris = SearchValues.Create(
        "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u0009\u000A\u000B\u000C\u000D\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F <>\"{}|^`\\");

    /// <summary>
    /// An absolute IRI without dot segments resolves to itself (RFC 3986 §5.2.2 only removes dot segments from it);
    /// most IRIs in real files are like that, and skipping the parse and recomposition halves the cost of reading them.
    /// </summary>
    private static bool IsPlainAbsolute(string reference)
    {
        var scheme = IriResolver.IsAbsolute(reference) ? reference.IndexOf(':') : -1;
        return scheme > 0 && !reference.Contains("/.", StringComparison.Ordinal) && (scheme + 1 == reference.Length || reference[scheme + 1] != '.');
    }

    internal static int InvalidIriCharacter(string iri) => iri.AsSpan().IndexOfAny(s_notInIris);

    private static string Describe(char c) => c == ' ' ? "a space" : $"the character U+{(int)c:X4}";

    private void Emit(Term subject, Iri predicate, Term obj) => _sink.OnQuad(new Quad(subject, predicate, obj));

    // §7.3 Reification Rules
    private void Reify(Iri statement, Term subject, Iri predicate, Term obj)
    {
        Emit(statement, Rdf.Subject, subject);
        Emit(statement, Rdf.Predicate, predicate);
        Emit(statement, Rdf.Object, obj);
        Emit(statement, Rdf.Type, Rdf.Statement);
    }

    private void EmitAndReify(Term subject, Iri predicate, Term obj, Iri? statement)
    {
        Emit(subject, predicate, obj);
        if (statement is not null) Reify(statement, subject, predicate, obj);
    }

    // ---- positions and errors ----

    private int Line => _lines?.LineNumber ?? 0;

    private void MarkElement() => _element = (Line, Column);

    private int Column => _lines?.LinePosition ?? 0;

    private void Error(string message, string? offending) => ErrorAt(message, offending, Line, Column);

    private void ErrorAt(string message, string? offending, int line, int column)
    {
        _errors.Add(new SyntaxError(message, new TextPosition(line, column), offending, _options.FileName));
        if (_errors.Count >= _options.MaxErrors) throw new TooManyErrorsException();
    }

    /// <summary>Moves from the start tag of a rejected element to its end tag, so reading resumes after it.</summary>
    private void SkipElement()
    {
        _xml.MoveToElement();
        if (_xml.IsEmptyElement) return;
        var depth = _xml.Depth;
        while (_xml.Read())
            if (_xml.NodeType == XmlNodeType.EndElement && _xml.Depth == depth) return;
    }

    [GeneratedRegex(@"\s*Line \d+, position \d+\.\s*$")]
    private static partial Regex PositionSuffix();

    private static string StripPosition(string message) => PositionSuffix().Replace(message, string.Empty);

    /// <summary>The error for an <see cref="XmlException"/> at the given position (the exception's own message, without its position suffix).</summary>
    internal static SyntaxError NotWellFormed(XmlException e, int line, int column, string? fileName) =>
        new("XML is not well-formed: " + StripPosition(e.Message), new TextPosition(line, column), null, fileName);

    private sealed class TooManyErrorsException : Exception;

    /// <summary>What an element inherits: the in-scope base IRI and language (empty or null when none).</summary>
    private readonly record struct Scope(string? BaseIri, string? Language);
}
