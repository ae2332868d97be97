using Graph.Core.Terms;
using static Graph.IO.Tests.ReaderTesting;

namespace Graph.IO.Tests.Turtle;

public sealed class TriGReaderTests
{
    private static readonly RdfFormat TriG = RdfFormat.TriG;

    [Fact]
    public void Reads_default_and_named_graph_blocks()
    {
        var quads = Parse(TriG, """
            @prefix : <http://ex/> .
            :a :b :c .
            { :d :e :f }
            :g { :h :i :j . :k :l :m . }
            GRAPH _:n { :o :p :q }
            graph [] { :r :s :t }
            """).Quads;
        Assert.Equal(6, quads.Count);
        Assert.Null(quads[0].Graph);
        Assert.Null(quads[1].Graph);
        Assert.Equal(new Iri("http://ex/g"), quads[2].Graph);
        Assert.Equal(new Iri("http://ex/g"), quads[3].Graph);
        Assert.IsType<BlankNode>(quads[4].Graph);
        Assert.IsType<BlankNode>(quads[5].Graph);
        Assert.NotEqual(quads[4].Graph, quads[5].Graph);
        Assert.Equal("<http://ex/r> <http://ex/s> <http://ex/t>", quads[5].AsTriple().ToString().TrimEnd(' ', '.'));
    }

    [Fact]
    public void Error_inside_a_graph_recovers_within_the_graph()
    {
        const string text = "<g> { <s> <p> . <s> <q> <o> }\n<h> { <s> <r> <o> }";
        var sink = new QuadList();
        var e = Assert.Throws<Graph.Core.Diagnostics.RdfSyntaxException>(() => new Graph.IO.Turtle.TurtleReader(trig: true).Read(
            new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text)), sink, new RdfReaderOptions { BaseIri = "http://ex/" }));
        var error = Assert.Single(e.Errors);
        Assert.Equal("expected an object (an IRI, a prefixed name, a blank node, a collection or a literal)", error.Message);
        Assert.Equal(new Graph.Core.Diagnostics.TextPosition(1, 15), error.Position);
        Assert.Equal(["<http://ex/s> <http://ex/q> <http://ex/o> <http://ex/g> .", "<http://ex/s> <http://ex/r> <http://ex/o> <http://ex/h> ."], sink.Quads.Select(q => q.ToString()));
    }

    [Fact]
    public void Missing_closing_brace() =>
        ShouldNotParse(TriG, "<g> { <s> <p> <o> ", "expected '.' or '}' after the triples before the end of the input", 1, 19);

    [Fact]
    public void Graph_name_must_be_an_iri_or_blank_node() =>
        ShouldNotParse(TriG, "GRAPH \"g\" { <s> <p> <o> }", "expected a graph name (an IRI or a blank node) after GRAPH", 1, 7, "\"g\"");
}
