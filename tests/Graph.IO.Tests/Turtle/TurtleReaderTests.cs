using Graph.Core.Terms;
using Graph.Core.Vocabularies;
using static Graph.IO.Tests.ReaderTesting;

namespace Graph.IO.Tests.Turtle;

public sealed class TurtleReaderTests
{
    private static readonly RdfFormat Ttl = RdfFormat.Turtle;

    [Fact]
    public void Numbers_get_their_xsd_datatypes_and_keep_their_lexical_form()
    {
        var objects = Parse(Ttl, "<s> <p> 1, -1.5, 1e3, -0.5E-2, .5, +7, 1.e2, true, false .", "http://ex/").Quads.Select(q => q.Object).ToList();
        Assert.Equal(
        [
            Literal.Typed("1", Xsd.Integer), Literal.Typed("-1.5", Xsd.Decimal), Literal.Typed("1e3", Xsd.Double),
            Literal.Typed("-0.5E-2", Xsd.Double), Literal.Typed(".5", Xsd.Decimal), Literal.Typed("+7", Xsd.Integer),
            Literal.Typed("1.e2", Xsd.Double), Literal.Boolean(true), Literal.Boolean(false),
        ], objects);
    }

    [Fact]
    public void An_integer_before_the_final_dot() =>
        Assert.Equal(Literal.Typed("1", Xsd.Integer), Parse(Ttl, "<s> <p> 1.", "http://ex/").Quads.Single().Object);

    [Fact]
    public void Resolves_relative_iris_and_forwards_prefix_and_base()
    {
        var sink = Parse(Ttl, """
            <../x> a <y> .
            @base <http://other/dir/> .
            PREFIX ex: <sub/>
            <z> ex:p ex: .
            """, "http://ex/a/doc");
        Assert.Equal("""
            <http://ex/x> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://ex/a/y> .
            <http://other/dir/z> <http://other/dir/sub/p> <http://other/dir/sub/> .
            """.Replace("\r", ""), Lines(sink.Quads));
        Assert.Equal("http://other/dir/", sink.BaseIri);
        Assert.Equal(new KeyValuePair<string, string>("ex", "http://other/dir/sub/"), Assert.Single(sink.Prefixes));
    }

    [Fact]
    public void Local_names_with_escapes_percent_and_dots()
    {
        var quads = Parse(Ttl, @"@prefix : <http://ex/> . :a\~b :p%41 :c.d . :_1 :x-y :a:b .").Quads;
        Assert.Equal("<http://ex/a~b> <http://ex/p%41> <http://ex/c.d> .\n<http://ex/_1> <http://ex/x-y> <http://ex/a:b> .", Lines(quads));
    }

    [Fact]
    public void Strings_in_all_four_forms_with_escapes()
    {
        var objects = Parse(Ttl, "<s> <p> \"a\\\"b\", 'c\\'d', \"\"\"e\n\"f\"\"\", '''g''h''', \"\\u00E9\\U0001F600\"@FR .", "http://ex/").Quads.Select(q => q.Object).ToList();
        Assert.Equal(
        [
            Literal.String("a\"b"), Literal.String("c'd"), Literal.String("e\n\"f"), Literal.String("g''h"), Literal.LangString("é😀", "fr"),
        ], objects);
    }

    [Fact]
    public void Collections_and_property_lists()
    {
        var quads = Parse(Ttl, "@prefix : <http://ex/> . :s :p (1 [ :q 2 ]) , () . [ :r 3 ] .", blankNodePrefix: "b").Quads;
        Assert.Equal("""
            _:b-1 <http://www.w3.org/1999/02/22-rdf-syntax-ns#first> "1"^^<http://www.w3.org/2001/XMLSchema#integer> .
            _:b-1 <http://www.w3.org/1999/02/22-rdf-syntax-ns#rest> _:b-2 .
            _:b-3 <http://ex/q> "2"^^<http://www.w3.org/2001/XMLSchema#integer> .
            _:b-2 <http://www.w3.org/1999/02/22-rdf-syntax-ns#first> _:b-3 .
            _:b-2 <http://www.w3.org/1999/02/22-rdf-syntax-ns#rest> <http://www.w3.org/1999/02/22-rdf-syntax-ns#nil> .
            <http://ex/s> <http://ex/p> _:b-1 .
            <http://ex/s> <http://ex/p> <http://www.w3.org/1999/02/22-rdf-syntax-ns#nil> .
            _:b-4 <http://ex/r> "3"^^<http://www.w3.org/2001/XMLSchema#integer> .
            """.Replace("\r", ""), Lines(quads));
    }

    [Fact]
    public void Reads_tokens_longer_than_the_buffer()
    {
        var value = string.Concat(Enumerable.Repeat("ligne é\n", 30_000));
        var quads = Parse(Ttl, $"<s> <p> \"\"\"{value}\"\"\" .\n<s> <p> <o> .", "http://ex/").Quads;
        Assert.Equal(value, ((Literal)quads[0].Object).LexicalForm);
        Assert.Equal(2, quads.Count);
    }

    [Fact]
    public void Missing_object() =>
        ShouldNotParse(Ttl, "<a> <b> .", "expected an object (an IRI, a prefixed name, a blank node, a collection or a literal)", 1, 9, ".");

    [Fact]
    public void Undefined_prefix() =>
        ShouldNotParse(Ttl, "<s> <p> <o> .\n  ex:a <p> <o> .", "undefined prefix 'ex:'; declare it with @prefix or PREFIX", 2, 3, "ex:a");

    [Fact]
    public void Missing_dot_at_the_end_of_input() =>
        ShouldNotParse(Ttl, "<s> <p> <o>", "expected '.' to end the triples (or ';' or ',' to continue them) before the end of the input", 1, 12);

    [Fact]
    public void Positions_after_a_long_string_and_multibyte_characters() =>
        ShouldNotParse(Ttl, "<s> <p> \"\"\"a\nété\"\"\" <x> .", "expected '.' to end the triples (or ';' or ',' to continue them)", 2, 8, "<x>");

    [Fact]
    public void Bad_character_in_iri() =>
        ShouldNotParse(Ttl, "<s> <p> <a b> .", "invalid character in IRI (spaces, controls and <>\"{}|^`\\ must be written as \\u escapes)", 1, 11, " ");

    [Fact]
    public void Escaped_space_in_iri() =>
        ShouldNotParse(Ttl, "<s> <p> <a\\u0020b> .", "escape denotes a character not allowed in an IRI (space, control or <>\"{}|^`\\)", 1, 11, "\\u0020");

    [Fact]
    public void Line_break_in_a_short_string() =>
        ShouldNotParse(Ttl, "<s> <p> \"ab\ncd\" .", "line break in a string: expected its closing quote (use \\n, or a long string)", 1, 12);

    [Fact]
    public void Graphs_are_not_turtle() =>
        ShouldNotParse(Ttl, "{ <s> <p> <o> }", "expected a subject (an IRI, a prefixed name, a blank node or a collection) or a directive", 1, 1, "{");

    [Fact]
    public void Bad_language_tag() =>
        ShouldNotParse(Ttl, "<s> <p> \"x\"@1 .", "expected a language tag, @prefix or @base after '@'", 1, 12, "@");

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(1 << 20)]
    public void Invalid_utf8_is_reported_with_its_position(int chunk)
    {
        var bytes = "<s> <p> \"ok\" .\n<s> <p> \"é?\" .\n"u8.ToArray();
        bytes[^5] = 0xC3;
        var e = Assert.Throws<Graph.Core.Diagnostics.RdfSyntaxException>(() =>
            new Graph.IO.Turtle.TurtleReader().Read(new TrickleStream(bytes, chunk), new QuadList(), new RdfReaderOptions { BaseIri = "http://ex/" }));
        var error = Assert.Single(e.Errors);
        Assert.Equal("invalid UTF-8: Turtle and TriG documents must be encoded in UTF-8", error.Message);
        Assert.Equal(new Graph.Core.Diagnostics.TextPosition(2, 11), error.Position);
        Assert.Equal("\\xC3", error.OffendingText);
    }

    [Fact]
    public void Recovers_at_the_next_dot_and_reports_every_error()
    {
        const string text = "<s> <p> <o> .\n<s> <p> <o> <x> .\n<s> <q> <o> .\n<s> <p> .\n<s> <r> <o> .";
        var sink = new QuadList();
        var e = Assert.Throws<Graph.Core.Diagnostics.RdfSyntaxException>(() => new Graph.IO.Turtle.TurtleReader().Read(
            new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text)), sink, new RdfReaderOptions { BaseIri = "http://ex/" }));
        Assert.Equal([(2, 13), (4, 9)], e.Errors.Select(x => (x.Position.Line, x.Position.Column)));
        // Triples are streamed as soon as they are complete: line 2's first triple was sent before its error.
        Assert.Equal(["http://ex/p", "http://ex/p", "http://ex/q", "http://ex/r"], sink.Quads.Select(q => ((Iri)q.Predicate).Value));
    }
}
