using Graph.Core.Diagnostics;
using System.Xml;

namespace Graph.IO.RdfXml;

/// <summary>
/// Reads RDF/XML (RDF 1.1 XML Syntax, https://www.w3.org/TR/rdf-syntax-grammar/) as a stream: statements reach the
/// sink while the document is read, in document order. Supports the whole grammar: node and typed node elements,
/// property elements and attributes, <c>rdf:parseType</c> Resource / Literal / Collection (other values read as
/// Literal), <c>rdf:li</c>, reification by <c>rdf:ID</c>, <c>xml:base</c> and <c>xml:lang</c>. XML literals are
/// given in exclusive canonical form. A DTD's internal subset is read (OWL files declare entities there) but nothing
/// external is ever fetched and entity expansion is capped. Grammar errors are collected (the offending element is
/// skipped) and raised together as an <see cref="Graph.Core.Diagnostics.RdfSyntaxException"/>; positions are those of
/// <see cref="IXmlLineInfo"/>, pointing at the offending element or attribute name, with columns in UTF-16 units
/// (they differ from code points only after a character outside the BMP on the same line).
/// Blank node labels are scoped per document: <c>rdf:nodeID</c> values become <c>{prefix}n_{id}</c>, generated nodes
/// <c>{prefix}g{n}</c>, with <see cref="RdfReaderOptions.BlankNodePrefix"/> or a fresh prefix per document.
/// </summary>
public sealed class RdfXmlReader : IRdfReader
{
    /// <summary>The most characters entity expansion may produce in one document (guards against "billion laughs").</summary>
    public const long MaxCharactersFromEntities = 10_000_000;

    public RdfFormat Format => RdfFormat.RdfXml;

    public void Read(Stream input, IQuadSink sink, RdfReaderOptions options)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(sink);
        ArgumentNullException.ThrowIfNull(options);
        var resolver = new DocumentOnlyXmlResolver();
        XmlReader xml;
        try
        {
            xml = XmlReader.Create(input, CreateSettings(resolver));
        }
        catch (XmlException e)
        {
            // Creating the reader already decodes the first block: bytes that are no text in the encoding its byte
            // order mark names fail here, before the parser and its error handling exist (found by fuzz/).
            throw new RdfSyntaxException(RdfXmlParser.NotWellFormed(e, Math.Max(1, e.LineNumber), Math.Max(1, e.LinePosition), options.FileName));
        }
        using (xml) new RdfXmlParser(xml, sink, options, resolver).Run();
    }

    /// <summary>Reads a document given as a string (tests, small inputs).</summary>
    public void Read(string text, IQuadSink sink, RdfReaderOptions options)
    {
        var resolver = new DocumentOnlyXmlResolver();
        using var xml = XmlReader.Create(new StringReader(text), CreateSettings(resolver));
        new RdfXmlParser(xml, sink, options, resolver).Run();
    }

    private static XmlReaderSettings CreateSettings(XmlResolver resolver) => new()
    {
        DtdProcessing = DtdProcessing.Parse,
        XmlResolver = resolver,
        MaxCharactersFromEntities = MaxCharactersFromEntities,
        IgnoreWhitespace = false,
        IgnoreComments = false,
        IgnoreProcessingInstructions = false,
        CloseInput = false,
    };
}
