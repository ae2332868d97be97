using System.Text;
using Graph.Core.Terms;
using Graph.IO.NTriples;
using Graph.IO.Turtle;
using Graph.Testing;

namespace Graph.IO.Tests.Turtle;

/// <summary>
/// N-Triples read into the Turtle stream writer arrive as bytes (<see cref="TurtleIdLayout"/>); the same statements as
/// objects go through <see cref="TurtleLayout"/>. Both must write the same bytes, including when the byte layout
/// gives the document over to the object one (cycles, collections, named graphs).
/// </summary>
public sealed class TurtleByteLayoutTests
{
    [Theory]
    [InlineData("<http://e/s> <http://e/p> \"x\" .\n<http://e/s> <http://e/p> \"x\" .\n<http://e/a> <http://e/p> \"b\"@en .\n")]
    [InlineData("<http://e/s> <http://e/p> _:a .\n_:a <http://e/q> _:b .\n_:b <http://e/r> \"1\"^^<http://www.w3.org/2001/XMLSchema#integer> .\n_:b <http://e/s> <http://e/s> .\n")]
    [InlineData("_:a <http://e/p> _:b .\n_:b <http://e/p> _:a .\n<http://e/s> <http://e/p> _:c .\n_:c <http://e/p> _:c .\n")]
    [InlineData("_:x <http://e/p> \"z\" .\n<http://e/s> <http://e/p> _:y .\n<http://e/t> <http://e/p> _:y .\n_:y <http://e/p> \"\\n\\\"\" .\n")]
    [InlineData("<http://e/s> <http://e/p> _:l .\n_:l <http://www.w3.org/1999/02/22-rdf-syntax-ns#first> \"1\" .\n_:l <http://www.w3.org/1999/02/22-rdf-syntax-ns#rest> <http://www.w3.org/1999/02/22-rdf-syntax-ns#nil> .\n")]
    [InlineData("<http://e/s> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://e/C> .\n<http://e/s> <http://e/p> <http://www.w3.org/1999/02/22-rdf-syntax-ns#nil> .\n<http://e/\uE000> <http://e/p> \"a\" .\n<http://e/\U0001F600> <http://e/p> \"b\" .\n")]
    // Long strings ("""...""") from bytes: quotes before another quote or the end, backslashes, carriage returns, with tags and datatypes.
    [InlineData("<http://e/s> <http://e/p> \"a\\nb\\\"c\\\"\\\"d\\\\e\\rf\\\"\"@fr .\n<http://e/s> <http://e/q> \"1\\n2\"^^<http://www.w3.org/2001/XMLSchema#integer> .\n<http://e/s> <http://e/r> \"\\n\\u00E9t\\u00E9 \\\"x\\\" y\" .\n")]
    [InlineData("<http://e/s> <http://e/p> \"2\"^^<http://www.w3.org/2001/XMLSchema#string> .\n<http://e/s> <http://e/p> \"2\" .\n<http://e/s> <http://e/p> \"1.5\"^^<http://www.w3.org/2001/XMLSchema#decimal> .\n<http://e/s> <http://e/p> \"d\"^^<http://e/dt> .\n")]
    [InlineData("")]
    public void BytesAndObjectsWriteTheSame(string nTriples) => AssertSame(nTriples, quads: false);

    [Fact]
    public void W3cNTriplesFilesWriteTheSame()
    {
        var root = SharedData.Require("w3c/rdf-tests/rdf/rdf11");
        var files = Directory.GetFiles(root, "*.nt", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            string text;
            try
            {
                text = File.ReadAllText(file);
                Parse(text, new QuadList(), quads: false);
            }
            catch (Graph.Core.Diagnostics.RdfSyntaxException)
            {
                continue; // negative syntax tests
            }
            AssertSame(text, quads: false);
        }
    }

    private static void AssertSame(string nTriples, bool quads)
    {
        using var bytes = new MemoryStream();
        using (var writer = new TurtleStreamWriter(bytes, new RdfWriterOptions(), trig: quads))
        {
            Parse(nTriples, writer, quads);
            writer.Complete();
        }
        var list = new QuadList();
        Parse(nTriples, list, quads);
        var expected = WriteWithObjectLayout(list.Quads, quads);
        Assert.Equal(expected, Encoding.UTF8.GetString(bytes.ToArray()));
        // Term objects handed to the writer are numbered by their bytes too, and must write the same.
        using var objects = new MemoryStream();
        (quads ? (IRdfWriter)new TriGWriter() : new TurtleWriter()).Write(list.Quads, objects, new RdfWriterOptions());
        Assert.Equal(expected, Encoding.UTF8.GetString(objects.ToArray()));
    }

    private static string WriteWithObjectLayout(IEnumerable<Quad> quads, bool trig)
    {
        using var output = new MemoryStream();
        TurtleSerializer.Write(new TurtleLayout(quads), output, new RdfWriterOptions(), trig);
        return Encoding.UTF8.GetString(output.ToArray());
    }

    [Fact]
    public void TermsWithoutUtf8FormGoThroughTheObjectLayout()
    {
        // A lone surrogate has no UTF-8 form: two such literals would look alike as bytes.
        Quad[] quads =
        [
            new(new Iri("http://e/s"), new Iri("http://e/p"), Literal.String("a\uD800")),
            new(new Iri("http://e/s"), new Iri("http://e/p"), Literal.String("a\uDC00")),
            new(new Iri("http://e/s"), new Iri("http://e/q"), Literal.String("b")),
        ];
        using var output = new MemoryStream();
        new TurtleWriter().Write(quads, output, new RdfWriterOptions());
        Assert.Equal(WriteWithObjectLayout(quads, trig: false), Encoding.UTF8.GetString(output.ToArray()));
    }

    private static void Parse(string text, IQuadSink sink, bool quads) =>
        new NTriplesReader(quads).Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), sink, new RdfReaderOptions());
}
