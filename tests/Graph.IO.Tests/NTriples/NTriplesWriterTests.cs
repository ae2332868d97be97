using Graph.Core.Graphs;
using Graph.Core.Terms;
using Graph.Core.Vocabularies;
using Graph.IO.NTriples;
using static Graph.IO.Tests.WriterTestKit;

namespace Graph.IO.Tests.NTriples;

public class NTriplesWriterTests
{
    [Fact]
    public void WritesOneCanonicalLinePerTriple()
    {
        Quad[] quads =
        [
            Q(I("s"), I("p"), S("plain")),
            Q(I("s"), I("p"), Literal.LangString("bonjour", "FR-be")),
            Q(I("s"), I("p"), T("1", Xsd.Integer)),
            Q(B("x"), I("p"), I("o")),
        ];
        Assert.Equal(
            """
            <http://example.org/s> <http://example.org/p> "plain" .
            <http://example.org/s> <http://example.org/p> "bonjour"@fr-be .
            <http://example.org/s> <http://example.org/p> "1"^^<http://www.w3.org/2001/XMLSchema#integer> .
            _:x <http://example.org/p> <http://example.org/o> .

            """.Replace("\r", ""),
            Write(new NTriplesWriter(), quads));
    }

    [Fact]
    public void ConvertsNQuadsByTheBytesOfTheirTerms()
    {
        // Escapes decoded then re-escaped canonically, language tags lowered, ^^xsd:string dropped, labels scoped
        // (an odd scope prefix takes the string path), a named graph: as the term path would write them.
        const string input = """
            <http://ex/s\u00E9> <http://ex/p> "a\tb\"c\\d\u00E9\U0001F600\n"@EN-gb .
            _:x.1 <http://ex/p> "s"^^<http://www.w3.org/2001/XMLSchema#string> <http://ex/g> .
            _:y <http://ex/p> "1"^^<http://ex/d\u0061t> _:g .

            """;
        var bytes = System.Text.Encoding.UTF8.GetBytes(input.Replace("\r", ""));
        string Convert(string prefix)
        {
            using var output = new MemoryStream();
            using (var writer = new NQuadsWriter().OpenStream(output, new RdfWriterOptions())!)
            {
                new NTriplesReader(quads: true).Read(new MemoryStream(bytes), writer, new RdfReaderOptions { BlankNodePrefix = prefix });
                writer.Complete();
            }
            return System.Text.Encoding.UTF8.GetString(output.ToArray());
        }
        Assert.Equal(
            """
            <http://ex/sé> <http://ex/p> "a	b\"c\\dé😀\n"@en-gb .
            _:b_x.1 <http://ex/p> "s" <http://ex/g> .
            _:b_y <http://ex/p> "1"^^<http://ex/dat> _:b_g .

            """.Replace("\r", ""),
            Convert("b"));
        Assert.StartsWith("_:x_", Convert("x").Split('\n')[1]);
    }

    [Fact]
    public void EscapesOnlyWhatTheGrammarRequires()
    {
        var text = Write(new NTriplesWriter(), [Q(I("s"), I("p"), S("q\" b\\ n\n r\r t\t é 😀 \u0001"))]);
        Assert.Equal("<http://example.org/s> <http://example.org/p> \"q\\\" b\\\\ n\\n r\\r t\t é 😀 \u0001\" .\n", text);
    }

    [Fact]
    public void EscapesCharactersIrisCannotHold()
    {
        var text = Write(new NTriplesWriter(), [Q(new Iri("http://ex/a b<c>é"), I("p"), I("o"))]);
        Assert.Equal("<http://ex/a\\u0020b\\u003Cc\\u003Eé> <http://example.org/p> <http://example.org/o> .\n", text);
    }

    [Fact]
    public void MatchesTheStringFormatter()
    {
        Quad[] quads =
        [
            Q(I("s"), I("p"), S("a\"b\\c\nd\re\tf")),
            Q(B("b1"), Rdf.Type, T("x", new Iri("http://ex/dt"))),
            Q(I("s"), I("p"), Literal.LangString("x", "en-GB")),
        ];
        var expected = string.Concat(quads.Select(q => NTriplesFormatter.Format(q) + "\n"));
        Assert.Equal(expected, Write(new NTriplesWriter(), quads));
    }

    [Fact]
    public void EncodesLabelsTheGrammarRejectsInjectively()
    {
        var text = Write(new NTriplesWriter(), [Q(B("a b"), I("p"), B("x_1")), Q(B("-a"), I("p"), B("ok-1")), Q(B("a."), I("p"), B("d1_é.b"))]);
        Assert.Equal(
            "_:x_006100200062 <http://example.org/p> _:x_0078005F0031 .\n_:x_002D0061 <http://example.org/p> _:ok-1 .\n" +
            "_:x_0061002E <http://example.org/p> _:d1_é.b .\n",
            text);
    }

    [Fact]
    public void RefusesNamedGraphs()
    {
        var error = Assert.Throws<NotSupportedException>(() => Write(new NTriplesWriter(), [Q(I("s"), I("p"), I("o"), I("g"))]));
        Assert.Contains("named graph", error.Message);
    }

    [Fact]
    public void NQuadsWritesGraphNames()
    {
        var text = Write(new NQuadsWriter(), [Q(I("s"), I("p"), I("o"), I("g")), Q(I("s"), I("p"), I("o"))]);
        Assert.Equal(
            "<http://example.org/s> <http://example.org/p> <http://example.org/o> <http://example.org/g> .\n" +
            "<http://example.org/s> <http://example.org/p> <http://example.org/o> .\n",
            text);
    }

    [Fact]
    public void CanonicalSortsDeduplicatesAndRelabels()
    {
        Quad[] quads =
        [
            Q(I("z"), I("p"), B("n1"), I("g")),
            Q(B("n1"), I("p"), S("v"), I("g")),
            Q(I("a"), I("p"), I("o")),
            Q(I("a"), I("p"), I("o")),
        ];
        var text = Write(new NQuadsWriter(), quads, new RdfWriterOptions { Canonical = true });
        Assert.Equal(
            """
            <http://example.org/a> <http://example.org/p> <http://example.org/o> .
            <http://example.org/z> <http://example.org/p> _:b0 <http://example.org/g> .
            _:b0 <http://example.org/p> "v" <http://example.org/g> .

            """.Replace("\r", ""),
            text);
    }

    public static TheoryData<bool> Formats => [false, true];

    [Theory]
    [MemberData(nameof(Formats))]
    public void CanonicalOutputIgnoresInputOrderAndLabels(bool quadsFormat)
    {
        IRdfWriter writer = quadsFormat ? new NQuadsWriter() : new NTriplesWriter();
        var quads = SampleGraph(quadsFormat ? I("g") : null);
        var options = new RdfWriterOptions { Canonical = true };
        var expected = WriteBytes(writer, quads, options);
        for (var seed = 1; seed <= 6; seed++)
            Assert.Equal(expected, WriteBytes(writer, Scramble(quads, seed, rename: true), options));
    }

    [Fact]
    public void CanonicalOutputIsIsomorphicToTheInput()
    {
        var quads = SampleGraph(null);
        var text = Write(new NTriplesWriter(), quads, new RdfWriterOptions { Canonical = true });
        var lines = text.TrimEnd('\n').Split('\n');
        Assert.Equal(quads.Count, lines.Length);
        var relabelled = CanonicalLabeling.Relabel(quads).Select(q => q.ToString()).Order(StringComparer.Ordinal);
        Assert.Equal(relabelled, lines.Order(StringComparer.Ordinal));
    }

    internal static List<Quad> SampleGraph(Term? graph) =>
    [
        Q(I("s"), I("knows"), B("a"), graph),
        Q(I("s"), I("knows"), B("b"), graph),
        Q(B("a"), I("name"), S("twin"), graph),
        Q(B("b"), I("name"), S("twin"), graph),
        Q(B("a"), I("next"), B("c"), graph),
        Q(B("c"), I("next"), B("a"), graph),
        Q(B("l"), Rdf.First, T("1", Xsd.Integer), graph),
        Q(B("l"), Rdf.Rest, Rdf.Nil, graph),
        Q(I("s"), I("list"), B("l"), graph),
    ];
}
