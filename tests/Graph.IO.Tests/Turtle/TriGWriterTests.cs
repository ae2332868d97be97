using Graph.Core.Terms;
using Graph.IO.Turtle;
using static Graph.IO.Tests.WriterTestKit;

namespace Graph.IO.Tests.Turtle;

public class TriGWriterTests
{
    [Fact]
    public void WritesTheDefaultGraphFirstThenNamedGraphsSorted()
    {
        Quad[] quads =
        [
            Q(I("s"), I("p"), S("in z"), I("z")),
            Q(I("s"), I("p"), S("in a"), I("a")),
            Q(I("s"), I("p"), S("default")),
            Q(I("s"), I("q"), B("x"), I("a")),
            Q(B("x"), I("p"), S("inline"), I("a")),
            Q(I("s"), I("p"), S("in blank graph"), B("g")),
        ];
        Assert.Equal("""
            @prefix ex: <http://example.org/> .

            ex:s ex:p "default" .

            ex:a {
                ex:s ex:p "in a" ;
                    ex:q [ ex:p "inline" ] .
            }

            ex:z {
                ex:s ex:p "in z" .
            }

            _:b0 {
                ex:s ex:p "in blank graph" .
            }

            """.Replace("\r", ""), Write(new TriGWriter(), quads));
    }

    [Fact]
    public void LabelsBlankNodesUsedInSeveralGraphsOrAsGraphNames()
    {
        Quad[] quads =
        [
            Q(I("s"), I("p"), B("both"), I("a")),
            Q(B("both"), I("p"), S("x"), I("b")),
            Q(I("s"), I("in"), B("g")),
            Q(I("s"), I("p"), S("y"), B("g")),
        ];
        Assert.Equal("""
            @prefix ex: <http://example.org/> .

            ex:s ex:in _:b0 .

            ex:a {
                ex:s ex:p _:b1 .
            }

            ex:b {
                _:b1 ex:p "x" .
            }

            _:b0 {
                ex:s ex:p "y" .
            }

            """.Replace("\r", ""), Write(new TriGWriter(), quads));
    }

    [Fact]
    public void CanonicalOutputDoesNotDependOnInputOrderOrLabels()
    {
        var quads = NTriples.NTriplesWriterTests.SampleGraph(I("g"))
            .Concat(NTriples.NTriplesWriterTests.SampleGraph(null))
            .Concat(NTriples.NTriplesWriterTests.SampleGraph(B("gb"))).ToList();
        var options = new RdfWriterOptions { Canonical = true, Prefixes = ExPrefixes };
        var expected = WriteBytes(new TriGWriter(), quads, options);
        for (var seed = 1; seed <= 6; seed++)
            Assert.Equal(expected, WriteBytes(new TriGWriter(), Scramble(quads, seed, rename: true), options));
    }
}
