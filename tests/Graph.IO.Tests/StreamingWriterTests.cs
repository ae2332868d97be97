using System.Text;
using Graph.Core.Terms;
using Graph.Core.Vocabularies;
using Graph.IO.JsonLd;
using Graph.IO.NTriples;
using Graph.IO.Turtle;
using static Graph.IO.Tests.WriterTestKit;

namespace Graph.IO.Tests;

/// <summary>Statements fed one by one to <see cref="IStreamingRdfWriter.OpenStream"/> give the same bytes as <see cref="IRdfWriter.Write"/>.</summary>
public class StreamingWriterTests
{
    // Repeated instances (the writers' caches by reference), a long IRI, blank nodes inline and shared, a named graph.
    private static List<Quad> Sample(bool namedGraphs)
    {
        var shared = B("shared");
        var longIri = I(new string('x', 300) + "é");
        var type = I("Type");
        var quads = new List<Quad>();
        for (var i = 0; i < 200; i++)
        {
            var s = I("s" + i);
            var address = B("a" + i);
            quads.Add(Q(s, Rdf.Type, type));
            quads.Add(Q(s, I("name"), S("n\"ame " + i)));
            quads.Add(Q(s, I("score"), T(i.ToString(System.Globalization.CultureInfo.InvariantCulture), Xsd.Integer)));
            quads.Add(Q(s, I("address"), address));
            quads.Add(Q(address, I("city"), Literal.LangString("Orléans", "fr")));
            quads.Add(Q(s, I("knows"), shared));
            quads.Add(Q(s, I("link"), longIri));
            if (namedGraphs && i % 7 == 0) quads.Add(Q(s, I("in"), S("graph"), I("g" + (i % 3))));
        }
        quads.Add(Q(longIri, I("p"), shared));
        return quads;
    }

    public static TheoryData<string> Formats => ["nt", "nq", "ttl", "trig", "jsonld"];

    [Theory]
    [MemberData(nameof(Formats))]
    public void StreamedOutputEqualsWrittenOutput(string format)
    {
        var rdfFormat = RdfFormat.Find(format)!;
        var quads = Sample(rdfFormat.SupportsDatasets);
        var options = new RdfWriterOptions { Prefixes = ExPrefixes };
        var expected = WriteBytes(RdfSyntaxes.CreateWriter(rdfFormat), quads, options);

        var streaming = (IStreamingRdfWriter)RdfSyntaxes.CreateWriter(rdfFormat);
        using var output = new MemoryStream();
        using (var sink = streaming.OpenStream(output, options)!)
        {
            foreach (var q in quads) sink.OnQuad(q);
            sink.Complete();
        }
        Assert.Equal(Encoding.UTF8.GetString(expected), Encoding.UTF8.GetString(output.ToArray()));
    }

    [Fact]
    public void CanonicalOptionsCannotBeStreamed()
    {
        var canonical = new RdfWriterOptions { Canonical = true };
        Assert.Null(new NTriplesWriter().OpenStream(Stream.Null, canonical));
        Assert.Null(new TurtleWriter().OpenStream(Stream.Null, canonical));
    }

    [Fact]
    public void TurtlePrefersThePrefixesTheInputDeclared()
    {
        using var output = new MemoryStream();
        using (var sink = new TurtleWriter().OpenStream(output, new RdfWriterOptions())!)
        {
            sink.OnPrefix("mine", Ex);
            sink.OnQuad(Q(I("s"), Rdf.Type, I("T")));
            sink.Complete();
        }
        Assert.Equal("@prefix mine: <http://example.org/> .\n\nmine:s a mine:T .\n", Encoding.UTF8.GetString(output.ToArray()));
    }

    [Fact]
    public void NTriplesStreamRefusesNamedGraphs()
    {
        using var sink = new NTriplesWriter().OpenStream(Stream.Null, new RdfWriterOptions())!;
        Assert.Throws<NotSupportedException>(() => sink.OnQuad(Q(I("s"), I("p"), I("o"), I("g"))));
    }

    [Fact]
    public void JsonLdWriterStreams() => Assert.NotNull(new JsonLdWriter().OpenStream(Stream.Null, new RdfWriterOptions()));
}
