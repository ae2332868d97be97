using Graph.Core.Terms;
using Graph.Core.Vocabularies;
using static Graph.IO.Tests.ReaderTesting;

namespace Graph.IO.Tests.NTriples;

public sealed class NTriplesReaderTests
{
    private static readonly RdfFormat Nt = RdfFormat.NTriples;

    [Fact]
    public void Reads_iris_literals_and_blank_nodes()
    {
        var quads = Parse(Nt, """
            # a comment
            <http://a/s> <http://a/p> "x"@EN-gb .
            <http://a/s> <http://a/p> "1"^^<http://www.w3.org/2001/XMLSchema#integer> .   # trailing comment
            _:n1 <http://a/p> "tab\there \u00E9 \U0001F600" .

            <http://a/s><http://a/p>_:n1.
            """).Quads;
        Assert.Equal(4, quads.Count);
        Assert.Equal(Literal.LangString("x", "en-gb"), quads[0].Object);
        Assert.Equal(Literal.Typed("1", Xsd.Integer), quads[1].Object);
        Assert.Equal(Literal.String("tab\there é 😀"), quads[2].Object);
        Assert.Equal(quads[2].Subject, quads[3].Object);
        Assert.Null(quads[0].Graph);
    }

    [Fact]
    public void Reads_graph_labels_in_nquads()
    {
        var quads = Parse(RdfFormat.NQuads, "<http://a/s> <http://a/p> <http://a/o> <http://a/g> .\n<http://a/s> <http://a/p> \"o\" _:g .\n<http://a/s> <http://a/p> <http://a/o> .\n").Quads;
        Assert.Equal(new Iri("http://a/g"), quads[0].Graph);
        Assert.IsType<BlankNode>(quads[1].Graph);
        Assert.Null(quads[2].Graph);
    }

    [Fact]
    public void Blank_nodes_are_scoped_per_document()
    {
        const string text = "_:a <http://a/p> _:a .\n";
        var first = new QuadList();
        var second = new QuadList();
        var reader = new Graph.IO.NTriples.NTriplesReader();
        reader.Read(new MemoryStream("_:a <http://a/p> _:a .\n"u8.ToArray()), first, new RdfReaderOptions());
        reader.Read(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text)), second, new RdfReaderOptions());
        Assert.Equal(first.Quads[0].Subject, first.Quads[0].Object);
        Assert.NotEqual(first.Quads[0].Subject, second.Quads[0].Subject);
    }

    [Fact]
    public void Accepts_crlf_cr_and_a_byte_order_mark() =>
        Assert.Equal(3, Parse(Nt, "\uFEFF<http://a/s> <http://a/p> \"1\" .\r\n<http://a/s> <http://a/p> \"2\" .\r<http://a/s> <http://a/p> \"3\" .").Quads.Count);

    [Fact]
    public void Byte_order_mark_split_across_reads()
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes("\uFEFF<http://a/s> <http://a/p> \"1\" .\n");
        var sink = new QuadList();
        new Graph.IO.NTriples.NTriplesReader().Read(new TrickleStream(bytes, 1), sink, new RdfReaderOptions());
        Assert.Single(sink.Quads);
    }

    [Fact]
    public void Reads_lines_longer_than_the_buffer()
    {
        var value = new string('é', 200_000);
        var quads = Parse(Nt, $"<http://a/s> <http://a/p> \"{value}\" .\n<http://a/s> <http://a/p> \"end\" .\n").Quads;
        Assert.Equal(value, ((Literal)quads[0].Object).LexicalForm);
        Assert.Equal(2, quads.Count);
    }

    [Fact]
    public void Missing_object() =>
        ShouldNotParse(Nt, "<http://a/s> <http://a/p> .", "expected an object (an IRI, a blank node or a literal in double quotes)", 1, 27, ".");

    [Fact]
    public void Missing_final_dot() =>
        ShouldNotParse(Nt, "<http://a/s> <http://a/p> <http://a/o>", "expected '.' at the end of the statement", 1, 39);

    [Fact]
    public void Columns_count_code_points_not_bytes() =>
        ShouldNotParse(Nt, "<http://a/s> <http://a/p> \"été\" <http://a/x> .", "expected '.' after the object", 1, 33, "<http://a/x>");

    [Fact]
    public void Relative_iris_are_rejected() =>
        ShouldNotParse(Nt, "<http://a/s> <p> <http://a/o> .", "relative IRI not allowed in N-Triples / N-Quads: expected an absolute IRI", 1, 14, "<p>");

    [Fact]
    public void Space_in_iri() =>
        ShouldNotParse(Nt, "<http://a/s x> <http://a/p> <http://a/o> .",
            "invalid character in IRI (spaces, controls and <>\"{}|^`\\ must be written as \\u escapes)", 1, 12, " ");

    [Fact]
    public void Bad_string_escape() =>
        ShouldNotParse(Nt, "<http://a/s> <http://a/p> \"a\\zb\" .",
            "invalid escape in string: expected one of \\t \\b \\n \\r \\f \\\" \\' \\\\ \\uXXXX \\UXXXXXXXX", 1, 29, "\\z");

    [Fact]
    public void Surrogate_escape() =>
        ShouldNotParse(Nt, "<http://a/s> <http://a/p> \"\\uD800\" .",
            "invalid escape: expected the code point of a Unicode scalar value (not a surrogate, at most U+10FFFF)", 1, 28, "\\uD800");

    [Fact]
    public void Turtle_syntax_is_rejected() =>
        ShouldNotParse(Nt, "<http://a/s> <http://a/p> <http://a/o>, <http://a/o2> .", "expected '.' after the object", 1, 39, ",");

    [Fact]
    public void Reports_every_bad_line_and_keeps_the_good_ones()
    {
        const string text = "<http://a/s> <http://a/p> .\r\n<http://a/s> <http://a/p> <http://a/o> .\r\n\r\n_:x <http://a/p> 12 .\n";
        var sink = new QuadList();
        var e = Assert.Throws<Graph.Core.Diagnostics.RdfSyntaxException>(() =>
            new Graph.IO.NTriples.NTriplesReader().Read(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text)), sink, new RdfReaderOptions { FileName = "f.nt" }));
        Assert.Equal(2, e.Errors.Count);
        Assert.Equal("f.nt(1,27): error: expected an object (an IRI, a blank node or a literal in double quotes) (found '.')", e.Errors[0].ToString());
        Assert.Equal(new Graph.Core.Diagnostics.TextPosition(4, 18), e.Errors[1].Position);
        Assert.Single(sink.Quads);
    }

    [Fact]
    public void Invalid_utf8_is_reported_with_its_position()
    {
        var bytes = "<http://a/s> <http://a/p> \"ok\" .\n<http://a/s> <http://a/p> \"é?\" .\n"u8.ToArray();
        bytes[^5] = 0xFF;
        var sink = new QuadList();
        var e = Assert.Throws<Graph.Core.Diagnostics.RdfSyntaxException>(() =>
            new Graph.IO.NTriples.NTriplesReader().Read(new MemoryStream(bytes), sink, new RdfReaderOptions()));
        var error = Assert.Single(e.Errors);
        Assert.Equal("invalid UTF-8: N-Triples and N-Quads documents must be encoded in UTF-8", error.Message);
        Assert.Equal(new Graph.Core.Diagnostics.TextPosition(2, 29), error.Position);
        Assert.Equal("\\xFF", error.OffendingText);
        Assert.Single(sink.Quads);
    }

    [Fact]
    public void Stops_after_max_errors() =>
        Assert.Equal(2, Errors(Nt, "x .\ny .\nz .\n", maxErrors: 2).Count);
}
