using Graph.Core.Diagnostics;
using Graph.IO.RdfXml;

namespace Graph.IO.Tests.RdfXml;

public class RdfXmlReaderTests
{
    private const string Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    private const string Open = "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns:ex=\"http://example.org/\">\n";
    private const string Close = "</rdf:RDF>\n";

    /// <summary>Parses with base http://example.org/doc and blank node prefix "" and returns the N-Triples lines, sorted.</summary>
    internal static string[] Parse(string xml, QuadList? sink = null)
    {
        sink ??= new QuadList();
        new RdfXmlReader().Read(xml, sink, new RdfReaderOptions { BaseIri = "http://example.org/doc", BlankNodePrefix = "", FileName = "t.rdf" });
        return [.. sink.Quads.Select(q => q.ToString()).Order(StringComparer.Ordinal)];
    }

    private static string[] Sorted(string[] lines) => [.. lines.Order(StringComparer.Ordinal)];

    private static RdfSyntaxException ShouldNotParse(string xml, string message, int line, int column, string? offending = null)
    {
        var e = Assert.Throws<RdfSyntaxException>(() => Parse(xml));
        Assert.Equal(message, e.First.Message);
        Assert.Equal(new TextPosition(line, column), e.First.Position);
        if (offending is not null) Assert.Equal(offending, e.First.OffendingText);
        Assert.Equal("t.rdf", e.First.File);
        return e;
    }

    [Fact]
    public void NodeAndPropertyElements()
    {
        var nt = Parse(Open + """
              <rdf:Description rdf:about="a">
                <ex:name xml:lang="EN-GB">Alice</ex:name>
                <ex:age rdf:datatype="http://www.w3.org/2001/XMLSchema#integer">42</ex:age>
                <ex:knows rdf:resource="#bob"/>
                <ex:empty/>
              </rdf:Description>
            """ + Close);
        Assert.Equal(Sorted(
        [
            "<http://example.org/a> <http://example.org/age> \"42\"^^<http://www.w3.org/2001/XMLSchema#integer> .",
            "<http://example.org/a> <http://example.org/empty> \"\" .",
            "<http://example.org/a> <http://example.org/knows> <http://example.org/doc#bob> .",
            "<http://example.org/a> <http://example.org/name> \"Alice\"@en-gb .",
        ]), nt);
    }

    [Fact]
    public void TypedNodeElementsPropertyAttributesAndNesting()
    {
        var nt = Parse(Open + """
              <ex:Person rdf:nodeID="p" ex:name="Bob" rdf:type="http://example.org/Agent">
                <ex:friend><ex:Person ex:name="Carol"/></ex:friend>
              </ex:Person>
            """ + Close);
        Assert.Equal(Sorted(
        [
            "_:g1 <" + Rdf + "type> <http://example.org/Person> .",
            "_:g1 <http://example.org/name> \"Carol\" .",
            "_:n_p <" + Rdf + "type> <http://example.org/Agent> .",
            "_:n_p <" + Rdf + "type> <http://example.org/Person> .",
            "_:n_p <http://example.org/friend> _:g1 .",
            "_:n_p <http://example.org/name> \"Bob\" .",
        ]), nt);
    }

    [Fact]
    public void ContainersCollectionsAndParseTypeResource()
    {
        var nt = Parse(Open + """
              <rdf:Seq rdf:about="s"><rdf:li>x</rdf:li><rdf:li rdf:resource="y"/></rdf:Seq>
              <rdf:Description rdf:about="c">
                <ex:list rdf:parseType="Collection"><rdf:Description rdf:about="i1"/><rdf:Description rdf:about="i2"/></ex:list>
                <ex:none rdf:parseType="Collection"/>
                <ex:r rdf:parseType="Resource"><ex:v>1</ex:v></ex:r>
              </rdf:Description>
            """ + Close);
        Assert.Equal(Sorted(
        [
            "<http://example.org/c> <http://example.org/list> _:g1 .",
            "<http://example.org/c> <http://example.org/none> <" + Rdf + "nil> .",
            "<http://example.org/c> <http://example.org/r> _:g3 .",
            "<http://example.org/s> <" + Rdf + "_1> \"x\" .",
            "<http://example.org/s> <" + Rdf + "_2> <http://example.org/y> .",
            "<http://example.org/s> <" + Rdf + "type> <" + Rdf + "Seq> .",
            "_:g1 <" + Rdf + "first> <http://example.org/i1> .",
            "_:g1 <" + Rdf + "rest> _:g2 .",
            "_:g2 <" + Rdf + "first> <http://example.org/i2> .",
            "_:g2 <" + Rdf + "rest> <" + Rdf + "nil> .",
            "_:g3 <http://example.org/v> \"1\" .",
        ]), nt);
    }

    [Fact]
    public void ReificationAndXmlBase()
    {
        var nt = Parse(Open + """
              <rdf:Description rdf:about="a" xml:base="http://other.example/dir/">
                <ex:p rdf:ID="st">v</ex:p>
              </rdf:Description>
            """ + Close);
        Assert.Equal(Sorted(
        [
            "<http://other.example/dir/a> <http://example.org/p> \"v\" .",
            "<http://other.example/dir/#st> <" + Rdf + "object> \"v\" .",
            "<http://other.example/dir/#st> <" + Rdf + "predicate> <http://example.org/p> .",
            "<http://other.example/dir/#st> <" + Rdf + "subject> <http://other.example/dir/a> .",
            "<http://other.example/dir/#st> <" + Rdf + "type> <" + Rdf + "Statement> .",
        ]), nt);
    }

    [Fact]
    public void XmlLiteralIsExclusiveCanonical()
    {
        var nt = Parse("""
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:ex="http://example.org/" xmlns:h="http://h/" xmlns="http://d/">
              <rdf:Description rdf:about="a"><ex:p rdf:parseType="Literal" xml:lang="fr"><h:b z="1" a="&quot;x&#10;"/><i><!--c--><![CDATA[<&>]]></i></ex:p></rdf:Description>
            </rdf:RDF>
            """);
        Assert.Equal(
            "<http://example.org/a> <http://example.org/p> \"<h:b xmlns:h=\\\"http://h/\\\" a=\\\"&quot;x&#xA;\\\" z=\\\"1\\\"></h:b><i xmlns=\\\"http://d/\\\"><!--c-->&lt;&amp;&gt;</i>\"^^<" + Rdf + "XMLLiteral> .",
            Assert.Single(nt));
    }

    [Fact]
    public void InternalDtdEntitiesAreExpanded()
    {
        var nt = Parse("""
            <!DOCTYPE rdf:RDF [ <!ENTITY ex "http://example.org/"> ]>
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:ex="&ex;">
              <rdf:Description rdf:about="&ex;a" ex:p="v"/>
            </rdf:RDF>
            """);
        Assert.Equal(["<http://example.org/a> <http://example.org/p> \"v\" ."], nt);
    }

    [Fact]
    public void EntityExpansionIsCapped()
    {
        var entities = "<!ENTITY a0 \"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\">";
        for (var i = 1; i < 10; i++) entities += $"<!ENTITY a{i} \"&a{i - 1};&a{i - 1};&a{i - 1};&a{i - 1};&a{i - 1};&a{i - 1};&a{i - 1};&a{i - 1};&a{i - 1};&a{i - 1};\">";
        var xml = "<!DOCTYPE rdf:RDF [" + entities + "]>" + Open + "<rdf:Description ex:p=\"&a9;\"/>" + Close;
        var e = Assert.Throws<RdfSyntaxException>(() => Parse(xml));
        Assert.StartsWith("XML is not well-formed: ", e.First.Message);
    }

    [Fact]
    public void ExternalEntitiesAreNeverFetched()
    {
        var secret = Path.GetTempFileName();
        File.WriteAllText(secret, "SECRET");
        try
        {
            var xml = $"<!DOCTYPE rdf:RDF [ <!ENTITY x SYSTEM \"file://{secret}\"> ]>" + Open + "<rdf:Description rdf:about=\"a\"><ex:p>&x;</ex:p></rdf:Description>" + Close;
            var e = Assert.Throws<RdfSyntaxException>(() => Parse(xml));
            Assert.Contains("entities outside the document are never fetched", e.First.Message, StringComparison.Ordinal);
            Assert.Equal(2, e.First.Position.Line);
        }
        finally
        {
            File.Delete(secret);
        }
    }

    [Fact]
    public void ExternalDtdSubsetIsIgnored() =>
        Assert.Single(Parse("<!DOCTYPE rdf:RDF SYSTEM \"http://example.invalid/rdf.dtd\">\n" + Open + "<rdf:Description ex:p=\"v\"/>" + Close));

    [Fact]
    public void NamespaceDeclarationsReachTheSink()
    {
        var sink = new QuadList();
        Parse(Open + Close, sink);
        Assert.Equal([new("rdf", Rdf), new("ex", "http://example.org/")], sink.Prefixes);
    }

    [Fact]
    public void BlankNodesAreScopedPerDocument()
    {
        var first = new QuadList();
        var second = new QuadList();
        const string doc = "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns:ex=\"http://example.org/\"><rdf:Description rdf:nodeID=\"x\" ex:p=\"v\"/></rdf:RDF>";
        new RdfXmlReader().Read(doc, first, new RdfReaderOptions());
        new RdfXmlReader().Read(doc, second, new RdfReaderOptions());
        Assert.NotEqual(first.Quads[0].Subject, second.Quads[0].Subject);
    }

    [Fact]
    public void ForbiddenNodeElementName() =>
        ShouldNotParse(Open + "  <rdf:li/>\n" + Close, "'rdf:li' cannot be a node element; expected rdf:Description or a typed node element", 2, 4, "rdf:li");

    [Fact]
    public void ForbiddenPropertyElementName() =>
        ShouldNotParse(Open + "<rdf:Description>\n  <rdf:Description/>\n</rdf:Description>\n" + Close,
            "'rdf:Description' cannot be a property element; expected a property name", 3, 4);

    [Fact]
    public void WithdrawnAttribute() =>
        ShouldNotParse(Open + "<rdf:Description rdf:aboutEach=\"#x\"/>\n" + Close, "'rdf:aboutEach' was withdrawn from RDF/XML and is not allowed", 2, 18, "rdf:aboutEach");

    [Fact]
    public void IdMustBeAnNcName() =>
        ShouldNotParse(Open + "<rdf:Description rdf:ID=\"1a\"/>\n" + Close,
            "the value of rdf:ID must be an XML NCName (a name without ':' that starts with a letter or '_')", 2, 18, "1a");

    [Fact]
    public void IdMustBeUniquePerBase()
    {
        ShouldNotParse(Open + "<rdf:Description rdf:ID=\"a\"/>\n<rdf:Description rdf:ID=\"a\"/>\n" + Close,
            "rdf:ID 'a' gives <http://example.org/doc#a>, already given by an rdf:ID at (2,18)", 3, 18, "a");
        // The same rdf:ID under another base names another IRI.
        Assert.Equal(2, Parse(Open + "<rdf:Description rdf:ID=\"a\" ex:p=\"1\"/>\n<rdf:Description xml:base=\"http://x/\" rdf:ID=\"a\" ex:p=\"1\"/>\n" + Close).Length);
    }

    [Fact]
    public void ParseTypeExcludesOtherAttributes() =>
        ShouldNotParse(Open + "<rdf:Description>\n  <ex:p rdf:parseType=\"Literal\" rdf:resource=\"x\"/>\n</rdf:Description>\n" + Close,
            "the attribute 'rdf:resource' is not allowed together with rdf:parseType", 3, 33, "rdf:resource");

    [Fact]
    public void UnqualifiedAttribute() =>
        ShouldNotParse(Open + "<rdf:Description name=\"x\"/>\n" + Close,
            "the unqualified attribute 'name' is not allowed; expected a namespace-qualified attribute", 2, 18, "name");

    [Fact]
    public void TextInsideNodeElement() =>
        ShouldNotParse(Open + "<rdf:Description>  oops <ex:p/></rdf:Description>\n" + Close,
            "text is not allowed here; expected property elements", 2, 18, "oops");

    [Fact]
    public void MixedContent() =>
        ShouldNotParse(Open + "<rdf:Description><ex:p>text<rdf:Description/></ex:p></rdf:Description>\n" + Close,
            "a property element may contain text or a node element, not both; found an element after text", 2, 29, "rdf:Description");

    [Fact]
    public void RelativeIriWithoutBase()
    {
        var e = Assert.Throws<RdfSyntaxException>(() =>
            new RdfXmlReader().Read(Open + "<rdf:Description rdf:about=\"a\"/>" + Close, new QuadList(), new RdfReaderOptions()));
        Assert.Equal("cannot resolve the relative IRI 'a' in rdf:about: there is no base IRI (give one with xml:base or the reader's base IRI)", e.First.Message);
    }

    [Fact]
    public void IriWithSpace() =>
        ShouldNotParse(Open + "<rdf:Description rdf:about=\"http://x/a b\"/>\n" + Close,
            "the IRI in rdf:about contains a space, which IRIs may not contain", 2, 18, "http://x/a b");

    [Fact]
    public void EveryGrammarErrorIsReported()
    {
        var e = Assert.Throws<RdfSyntaxException>(() => Parse(Open + "<rdf:li/>\n<rdf:Description rdf:ID=\"1\"/>\n<rdf:Description rdf:about=\"ok\" ex:p=\"1\"/>\n<rdf:bagID/>\n" + Close));
        Assert.Equal([2, 3, 5], e.Errors.Select(x => x.Position.Line));
        Assert.Equal("t.rdf(2,2): error: 'rdf:li' cannot be a node element; expected rdf:Description or a typed node element (found 'rdf:li')", e.Errors[0].ToString());
    }

    [Fact]
    public void MalformedXmlIsASyntaxError()
    {
        var e = ShouldNotParse(Open + "<rdf:Description>\n</rdf:RDF>\n", "XML is not well-formed: The 'rdf:Description' start tag on line 2 position 2 does not match the end tag of 'rdf:RDF'.", 3, 3);
        Assert.Single(e.Errors);
    }
}
