using Graph.Core.Terms;
using Graph.Core.Vocabularies;
using Graph.IO.Turtle;
using static Graph.IO.Tests.WriterTestKit;

namespace Graph.IO.Tests.Turtle;

public class TurtleWriterTests
{
    private static string Ttl(IEnumerable<Quad> quads, RdfWriterOptions? options = null) => Write(new TurtleWriter(), quads, options);

    private static string Lines(string text) => text.Replace("\r", "");

    [Fact]
    public void GroupsSubjectsWithSemicolonsAndCommasTypeFirst()
    {
        Quad[] quads =
        [
            Q(I("s"), I("name"), S("b")),
            Q(I("s"), I("name"), S("a")),
            Q(I("s"), Rdf.Type, I("Thing")),
            Q(I("s"), I("age"), T("42", Xsd.Integer)),
            Q(I("r"), I("name"), S("r")),
        ];
        Assert.Equal(Lines("""
            @prefix ex: <http://example.org/> .

            ex:r ex:name "r" .

            ex:s a ex:Thing ;
                ex:age 42 ;
                ex:name "a", "b" .

            """), Ttl(quads));
    }

    [Fact]
    public void DeclaresOnlyUsedPrefixesSorted()
    {
        Quad[] quads = [Q(new Iri(Schema.Namespace + "x"), new Iri(Rdfs.Namespace + "label"), T("2024-01-01", Xsd.Date))];
        Assert.Equal(Lines("""
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix schema: <http://schema.org/> .
            @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .

            schema:x rdfs:label "2024-01-01"^^xsd:date .

            """), Ttl(quads, new RdfWriterOptions()));
    }

    [Theory]
    [InlineData("plain", "ex:plain")]
    [InlineData("", "ex:")]
    [InlineData("123", "ex:123")]
    [InlineData("a.b", "ex:a.b")]
    [InlineData("a.", "ex:a\\.")]
    [InlineData("-a-", "ex:\\-a-")]
    [InlineData("a/b?c=d&e#f", "ex:a\\/b\\?c\\=d\\&e\\#f")]
    [InlineData("a%20b", "ex:a%20b")]
    [InlineData("a%zz", "ex:a\\%zz")]
    [InlineData("été·x", "ex:été·x")]
    [InlineData("·x", "<http://example.org/·x>")]
    [InlineData("a b", "<http://example.org/a\\u0020b>")]
    [InlineData("a~b", "ex:a\\~b")]
    [InlineData("x:y", "ex:x:y")]
    public void UsesPrefixedNamesWhenTheLocalPartIsLegal(string local, string expected)
    {
        var text = Ttl([Q(I("s"), I("p"), new Iri(WriterTestKit.Ex + local))]);
        Assert.Contains("ex:s ex:p " + expected + " .\n", text);
    }

    [Fact]
    public void LongestNamespaceWins()
    {
        var options = new RdfWriterOptions { Prefixes = [new("ex", Ex), new("sub", Ex + "sub/")] };
        var text = Ttl([Q(I("sub/x"), I("p"), I("o"))], options);
        Assert.Equal(Lines("""
            @prefix ex: <http://example.org/> .
            @prefix sub: <http://example.org/sub/> .

            sub:x ex:p ex:o .

            """), text);
    }

    [Theory]
    [InlineData("42", "integer", "42")]
    [InlineData("-0042", "integer", "-0042")]
    [InlineData("+7", "integer", "+7")]
    [InlineData("4 2", "integer", "\"4 2\"^^xsd:integer")]
    [InlineData("1.5", "decimal", "1.5")]
    [InlineData(".5", "decimal", ".5")]
    [InlineData("1.", "decimal", "\"1.\"^^xsd:decimal")]
    [InlineData("1", "decimal", "\"1\"^^xsd:decimal")]
    [InlineData("1.0e10", "double", "1.0e10")]
    [InlineData("1E-3", "double", "1E-3")]
    [InlineData(".5e+1", "double", ".5e+1")]
    [InlineData("INF", "double", "\"INF\"^^xsd:double")]
    [InlineData("1.5", "double", "\"1.5\"^^xsd:double")]
    [InlineData("true", "boolean", "true")]
    [InlineData("1", "boolean", "\"1\"^^xsd:boolean")]
    [InlineData("5", "int", "\"5\"^^xsd:int")]
    public void WritesNumbersAndBooleansBareOnlyWhenTheGrammarMatches(string lexical, string datatype, string expected)
    {
        var text = Ttl([Q(I("s"), I("p"), T(lexical, new Iri(Xsd.Namespace + datatype)))]);
        Assert.Contains("ex:s ex:p " + expected + " .\n", text);
    }

    [Fact]
    public void WritesStringsInTheirShortestSafeForm()
    {
        Quad[] quads =
        [
            Q(I("s"), I("a"), S("say \"hi\" \\ \r")),
            Q(I("s"), I("b"), S("line 1\nline \"2\"\n\"\"\"end\"")),
            Q(I("s"), I("c"), Literal.LangString("chat", "fr")),
            Q(I("s"), I("d"), T("x", new Iri("http://other.example/dt"))),
        ];
        Assert.Equal(Lines("""""
            @prefix ex: <http://example.org/> .

            ex:s ex:a "say \"hi\" \\ \r" ;
                ex:b """line 1
            line "2"
            \"\""end\"""" ;
                ex:c "chat"@fr ;
                ex:d "x"^^<http://other.example/dt> .

            """""), Ttl(quads));
    }

    [Fact]
    public void InlinesBlankNodesReferencedOnce()
    {
        Quad[] quads =
        [
            Q(I("s"), I("author"), B("a")),
            Q(B("a"), I("name"), S("Ada")),
            Q(B("a"), I("address"), B("addr")),
            Q(B("addr"), I("city"), S("London")),
            Q(I("s"), I("empty"), B("e")),
        ];
        Assert.Equal(Lines("""
            @prefix ex: <http://example.org/> .

            ex:s ex:author [
                    ex:address [ ex:city "London" ] ;
                    ex:name "Ada"
                ] ;
                ex:empty [] .

            """), Ttl(quads));
    }

    [Fact]
    public void LabelsSharedBlankNodesAndWritesUnreferencedOnesAsAnonymousSubjects()
    {
        Quad[] quads =
        [
            Q(I("s"), I("p"), B("shared")),
            Q(I("t"), I("p"), B("shared")),
            Q(B("shared"), I("name"), S("x")),
            Q(B("top"), I("name"), S("y")),
        ];
        Assert.Equal(Lines("""
            @prefix ex: <http://example.org/> .

            ex:s ex:p _:b0 .

            ex:t ex:p _:b0 .

            _:b0 ex:name "x" .

            [] ex:name "y" .

            """), Ttl(quads));
    }

    [Fact]
    public void BreaksCyclesOfOnceReferencedBlankNodes()
    {
        Quad[] quads = [Q(B("a"), I("p"), B("b")), Q(B("b"), I("p"), B("a"))];
        Assert.Equal(Lines("""
            @prefix ex: <http://example.org/> .

            _:b0 ex:p [ ex:p _:b0 ] .

            """), Ttl(quads));
    }

    [Fact]
    public void WritesWellFormedListsAsCollections()
    {
        Quad[] quads =
        [
            Q(I("s"), I("list"), B("l1")),
            Q(B("l1"), Rdf.First, T("1", Xsd.Integer)), Q(B("l1"), Rdf.Rest, B("l2")),
            Q(B("l2"), Rdf.First, B("item")), Q(B("l2"), Rdf.Rest, B("l3")),
            Q(B("item"), I("name"), S("two")),
            Q(B("l3"), Rdf.First, I("three")), Q(B("l3"), Rdf.Rest, Rdf.Nil),
            Q(I("s"), I("none"), Rdf.Nil),
        ];
        Assert.Equal(Lines("""
            @prefix ex: <http://example.org/> .

            ex:s ex:list ( 1 [ ex:name "two" ] ex:three ) ;
                ex:none () .

            """), Ttl(quads));
    }

    [Fact]
    public void KeepsListsWhoseNodesAreSharedOrAnnotatedAsTriples()
    {
        Quad[] quads =
        [
            Q(I("s"), I("list"), B("l1")),
            Q(B("l1"), Rdf.First, S("a")), Q(B("l1"), Rdf.Rest, B("l2")),
            Q(B("l2"), Rdf.First, S("b")), Q(B("l2"), Rdf.Rest, Rdf.Nil), Q(B("l2"), I("note"), S("extra")),
        ];
        Assert.Equal(Lines("""
            @prefix ex: <http://example.org/> .
            @prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .

            ex:s ex:list [
                    rdf:first "a" ;
                    rdf:rest [
                        ex:note "extra" ;
                        rdf:first "b" ;
                        rdf:rest ()
                    ]
                ] .

            """), Ttl(quads));
    }

    [Fact]
    public void WritesRelativeIrisAgainstTheBase()
    {
        var options = new RdfWriterOptions { BaseIri = "http://host/dir/doc", Prefixes = [] };
        Quad[] quads =
        [
            Q(new Iri("http://host/dir/doc"), new Iri("http://host/dir/doc#p"), new Iri("http://host/dir/sub/x?q=1")),
            Q(new Iri("http://host/dir/doc"), new Iri("http://host/dir/doc#p"), new Iri("http://host/other")),
            Q(new Iri("http://host/dir/doc"), new Iri("http://host/dir/doc#p"), new Iri("http://host/dir/a:b")),
            Q(new Iri("http://host/dir/doc"), new Iri("http://host/dir/doc#p"), new Iri("http://host/dir/./x")),
        ];
        Assert.Equal(Lines("""
            @base <http://host/dir/doc> .

            <> <#p> <http://host/dir/./x>, <http://host/dir/a:b>, <sub/x?q=1>, <http://host/other> .

            """), Ttl(quads, options));
    }

    [Fact]
    public void RefusesNamedGraphs() =>
        Assert.Throws<NotSupportedException>(() => Ttl([Q(I("s"), I("p"), I("o"), I("g"))]));

    [Fact]
    public void EmptyInputWritesNothing() => Assert.Equal("", Ttl([]));

    [Fact]
    public void OutputDoesNotDependOnInputOrder()
    {
        var quads = NTriples.NTriplesWriterTests.SampleGraph(null);
        var expected = WriteBytes(new TurtleWriter(), quads);
        for (var seed = 1; seed <= 6; seed++)
            Assert.Equal(expected, WriteBytes(new TurtleWriter(), Scramble(quads, seed, rename: false)));
    }

    [Fact]
    public void CanonicalOutputDoesNotDependOnLabelsEither()
    {
        var quads = NTriples.NTriplesWriterTests.SampleGraph(null);
        var options = new RdfWriterOptions { Canonical = true, Prefixes = ExPrefixes };
        var expected = WriteBytes(new TurtleWriter(), quads, options);
        for (var seed = 1; seed <= 6; seed++)
            Assert.Equal(expected, WriteBytes(new TurtleWriter(), Scramble(quads, seed, rename: true), options));
    }

    [Fact]
    public void SubjectsSharingLongPrefixesComeInTermOrder()
    {
        // Subjects that agree far past their common prefix and the 16 bytes after it, some only in a last non-ASCII
        // character: the sort settles them on the bytes after those it has already seen to be equal.
        var tails = new[] { "a", "b", "é", "\uE000", "\U0001F600", "", "aa", "\uFFFD" };
        var subjects = new List<Iri>();
        foreach (var middle in new[] { "section-one/chapter-twelve/", "section-one/chapter-twelve-bis/", "section-two/chapter-twelve/" })
            foreach (var tail in tails)
                subjects.Add(new Iri("http://example.org/vault/" + middle + System.Text.RegularExpressions.Regex.Unescape(tail)));
        var quads = subjects.Select(s => Q(s, I("p"), S("o"))).Reverse().ToList();
        var text = Write(new TurtleWriter(), quads, new RdfWriterOptions { Canonical = true });
        var order = subjects.OrderBy(s => s, TermComparer.Instance).Select(s => text.IndexOf("<" + s.Value + ">", StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(-1, order);
        Assert.Equal(order.Order().ToList(), order);
    }

    [Fact]
    public void LongListsStayCollectionsAndDeepNestingIsCut()
    {
        var quads = new List<Quad> { Q(I("s"), I("list"), B("n0")), Q(I("s"), I("deep"), B("d0")) };
        for (var i = 0; i < 500; i++)
        {
            quads.Add(Q(B("n" + i), Rdf.First, T(i.ToString(System.Globalization.CultureInfo.InvariantCulture), Xsd.Integer)));
            quads.Add(Q(B("n" + i), Rdf.Rest, i == 499 ? Rdf.Nil : B("n" + (i + 1))));
            quads.Add(Q(B("d" + i), I("next"), i == 499 ? S("bottom") : B("d" + (i + 1))));
        }
        var text = Write(new TurtleWriter(), quads);
        Assert.Contains("ex:list ( 0 1 2 3 ", text);
        Assert.Contains(" 498 499 ) .", text);
        // 500 nested nodes: cut every 64 levels into a labelled node written at top level.
        Assert.Equal(7, text.Split('\n').Count(l => l.StartsWith("_:b", StringComparison.Ordinal)));
        Assert.Contains("[ ex:next \"bottom\" ]", text);
    }
}
