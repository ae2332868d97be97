using System.Text;
using Graph.Core.Graphs;
using Graph.Core.Terms;
using Graph.Core.Vocabularies;
using Graph.IO.RdfXml;
using static Graph.IO.Tests.WriterTestKit;

namespace Graph.IO.Tests.RdfXml;

public class RdfXmlWriterTests
{
    private static readonly RdfXmlWriter Writer = new();

    private static List<Quad> ReadBack(string xml)
    {
        var sink = new QuadList();
        new RdfXmlReader().Read(xml, sink, new RdfReaderOptions { BaseIri = "http://example.org/base" });
        return sink.Quads;
    }

    private static void AssertRoundTrip(IReadOnlyList<Quad> quads, RdfWriterOptions? options = null)
    {
        var xml = Write(Writer, quads, options);
        Assert.True(Isomorphism.AreIsomorphic(quads, ReadBack(xml)), xml);
    }

    [Fact]
    public void RepresentativeGraph()
    {
        var alice = I("alice");
        var address = B("addr");
        Quad[] quads =
        [
            Q(alice, Rdf.Type, Schema.Person),
            Q(alice, Rdf.Type, I("Agent")),
            Q(alice, Schema.Name, new Literal("Alice", "en")),
            Q(alice, I("age"), T("42", Xsd.Integer)),
            Q(alice, Schema.Mentions, I("bob")),
            Q(alice, Schema.Address, address),
            Q(address, new Iri("http://other.example/vocab#street"), S("1 <Main> & \"Co\"\r\n")),
            Q(I("bob"), I("note"), T("<b xmlns=\"http://www.w3.org/1999/xhtml\">hi</b>", Rdf.XmlLiteral)),
            Q(I("bob"), I("bad"), T("<b>unclosed", Rdf.XmlLiteral)),
        ];
        var xml = Write(Writer, quads);
        Assert.Equal("""
            <?xml version="1.0" encoding="utf-8"?>
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
                     xmlns:ex="http://example.org/"
                     xmlns:ns1="http://other.example/vocab#"
                     xmlns:schema="http://schema.org/">
              <schema:Person rdf:about="http://example.org/alice">
                <rdf:type rdf:resource="http://example.org/Agent"/>
                <schema:name xml:lang="en">Alice</schema:name>
                <ex:age rdf:datatype="http://www.w3.org/2001/XMLSchema#integer">42</ex:age>
                <schema:mentions rdf:resource="http://example.org/bob"/>
                <schema:address rdf:nodeID="b0"/>
              </schema:Person>
              <rdf:Description rdf:nodeID="b0">
                <ns1:street>1 &lt;Main&gt; &amp; "Co"&#xD;
            </ns1:street>
              </rdf:Description>
              <rdf:Description rdf:about="http://example.org/bob">
                <ex:note rdf:parseType="Literal"><b xmlns="http://www.w3.org/1999/xhtml">hi</b></ex:note>
                <ex:bad rdf:datatype="http://www.w3.org/1999/02/22-rdf-syntax-ns#XMLLiteral">&lt;b&gt;unclosed</ex:bad>
              </rdf:Description>
            </rdf:RDF>

            """.Replace("\r\n", "\n", StringComparison.Ordinal), xml);
        AssertRoundTrip(quads);
    }

    [Fact]
    public void EmptyGraph() =>
        Assert.Equal("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n</rdf:RDF>\n", Write(Writer, []));

    [Fact]
    public void BlankSubjectNeverUsedAsObjectHasNoNodeId()
    {
        var xml = Write(Writer, [Q(B("x"), I("p"), S("v"))]);
        Assert.Contains("  <rdf:Description>\n    <ex:p>v</ex:p>\n  </rdf:Description>\n", xml, StringComparison.Ordinal);
    }

    [Fact]
    public void TypeOnlySubjectIsAnEmptyTypedNodeElement() =>
        Assert.Contains("  <ex:Thing rdf:about=\"http://example.org/t\"/>\n", Write(Writer, [Q(I("t"), Rdf.Type, I("Thing"))]), StringComparison.Ordinal);

    [Fact]
    public void SyntaxNamesAreNeverElementNames()
    {
        // rdf:Description as a type would vanish into the plain form; rdf:li as a type cannot name a node element.
        Quad[] quads = [Q(I("a"), Rdf.Type, new Iri(Rdf.Namespace + "Description")), Q(I("b"), Rdf.Type, new Iri(Rdf.Namespace + "li"))];
        var xml = Write(Writer, quads);
        Assert.DoesNotContain("<rdf:li ", xml, StringComparison.Ordinal);
        AssertRoundTrip(quads);
    }

    [Fact]
    public void InventedPrefixesAvoidCandidates()
    {
        var options = new RdfWriterOptions { Prefixes = [new("ns1", "http://taken.example/")] };
        var xml = Write(Writer, [Q(I("a"), new Iri("http://x.example/p"), S("v"))], options);
        Assert.Contains("xmlns:ns2=\"http://x.example/\"", xml, StringComparison.Ordinal);
        Assert.DoesNotContain("taken.example", xml, StringComparison.Ordinal);
    }

    [Fact]
    public void LocalNameStartsWithALetterOrUnderscore()
    {
        var xml = Write(Writer, [Q(I("a"), new Iri("http://x.example/v1/123abc"), S("v"))]);
        Assert.Contains("xmlns:ns1=\"http://x.example/v1/123\"", xml, StringComparison.Ordinal);
        Assert.Contains("<ns1:abc>v</ns1:abc>", xml, StringComparison.Ordinal);
    }

    [Fact]
    public void PredicateWithoutLocalNameIsAnError()
    {
        var e = Assert.Throws<NotSupportedException>(() => Write(Writer, [Q(I("a"), new Iri("http://x.example/p/"), S("v"))]));
        Assert.Equal("the predicate <http://x.example/p/> cannot be written in RDF/XML: it does not end in an XML name (NCName) that could follow a namespace prefix", e.Message);
    }

    [Fact]
    public void RdfLiPredicateIsAnError()
    {
        var e = Assert.Throws<NotSupportedException>(() => Write(Writer, [Q(I("a"), new Iri(Rdf.Namespace + "li"), S("v"))]));
        Assert.Contains("<http://www.w3.org/1999/02/22-rdf-syntax-ns#li>", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NamedGraphsAreAnError()
    {
        var e = Assert.Throws<NotSupportedException>(() => Write(Writer, [Q(I("a"), I("p"), S("v"), I("g"))]));
        Assert.StartsWith("RDF/XML cannot express named graphs", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CharactersXmlCannotCarryAreAnError()
    {
        var e = Assert.Throws<NotSupportedException>(() => Write(Writer, [Q(I("a"), I("p"), S("bell\u0007"))]));
        Assert.Contains("U+0007", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void IriThatIsNotAnIriIsAnError()
    {
        var e = Assert.Throws<NotSupportedException>(() => Write(Writer, [Q(I("a"), I("p"), I("x y"))]));
        Assert.Equal("cannot write <http://example.org/x y> in RDF/XML: it contains a space, which IRIs may not contain", e.Message);
    }

    [Fact]
    public void TrickyLiteralsRoundTrip() => AssertRoundTrip(
    [
        Q(I("a"), I("p"), S("")),
        Q(I("a"), I("p"), S("  spaced  ")),
        Q(I("a"), I("p"), S("tab\tline\nreturn\r]]>")),
        Q(I("a"), I("p"), S("emoji 😀 and é")),
        Q(I("a"), I("p"), new Literal("", "fr")),
        Q(I("a"), I("p"), T("", Xsd.Integer)),
        Q(I("a"), I("p"), T("", Rdf.XmlLiteral)),
        Q(B("s"), I("p"), B("s")),
    ]);

    [Fact]
    public void BaseIriWritesRelativeReferencesThatResolveBack()
    {
        var options = new RdfWriterOptions { BaseIri = "http://example.org/dir/doc", Prefixes = ExPrefixes };
        Quad[] quads =
        [
            Q(new Iri("http://example.org/dir/doc#me"), I("p"), new Iri("http://example.org/dir/other")),
            Q(new Iri("http://example.org/dir/a:b"), I("p"), new Iri("http://example.org/elsewhere")),
        ];
        var xml = Write(Writer, quads, options);
        Assert.Contains("xml:base=\"http://example.org/dir/doc\"", xml, StringComparison.Ordinal);
        Assert.Contains("rdf:about=\"#me\"", xml, StringComparison.Ordinal);
        Assert.Contains("rdf:resource=\"other\"", xml, StringComparison.Ordinal);
        Assert.Contains("rdf:about=\"http://example.org/dir/a:b\"", xml, StringComparison.Ordinal);
        Assert.Contains("rdf:resource=\"http://example.org/elsewhere\"", xml, StringComparison.Ordinal);
        AssertRoundTrip(quads, options);
    }

    [Fact]
    public void SubjectsAreGroupedInOrderOfFirstAppearance()
    {
        var xml = Write(Writer, [Q(I("b"), I("p"), S("1")), Q(I("a"), I("p"), S("2")), Q(I("b"), I("p"), S("3"))]);
        var b = xml.IndexOf("rdf:about=\"http://example.org/b\"", StringComparison.Ordinal);
        var a = xml.IndexOf("rdf:about=\"http://example.org/a\"", StringComparison.Ordinal);
        Assert.True(b > 0 && a > b);
        Assert.Contains("<ex:p>1</ex:p>\n    <ex:p>3</ex:p>", xml, StringComparison.Ordinal);
    }

    [Fact]
    public void OutputIsByteIdenticalAcrossRuns()
    {
        var quads = Sample();
        Assert.Equal(WriteBytes(Writer, quads), WriteBytes(Writer, quads));
    }

    [Fact]
    public void CanonicalOutputIgnoresOrderAndBlankNodeLabels()
    {
        var options = new RdfWriterOptions { Canonical = true, Prefixes = ExPrefixes };
        var reference = Write(Writer, Sample(), options);
        for (var seed = 1; seed <= 5; seed++)
            Assert.Equal(reference, Write(Writer, Scramble(Sample(), seed, rename: true), options));
        AssertRoundTrip(Sample(), options);
    }

    private static List<Quad> Sample()
    {
        var list = new List<Quad>();
        for (var i = 0; i < 20; i++)
        {
            var s = i % 3 == 0 ? (Term)B("n" + i) : I("s" + i);
            list.Add(Q(s, Rdf.Type, I("C" + (i % 4))));
            list.Add(Q(s, I("p"), new Literal("v" + i, "en")));
            list.Add(Q(s, I("next"), i % 2 == 0 ? B("n" + ((i + 3) % 21)) : I("s" + (i + 1))));
        }
        return list;
    }
}
