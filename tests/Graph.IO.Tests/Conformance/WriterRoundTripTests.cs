using Graph.Core.Terms;
using Graph.Testing;

namespace Graph.IO.Tests.Conformance;

/// <summary>
/// Round trips over every W3C evaluation test (Turtle, TriG, RDF/XML): the expected result, written by each of our
/// writers and read back by our readers, must be isomorphic to it. Canonical output must also be byte-identical
/// when the input is shuffled and its blank nodes renamed.
/// </summary>
public sealed class WriterRoundTripTests
{
    private static readonly string[] s_writers = ["nt", "nq", "ttl", "trig"];

    public static IEnumerable<TheoryDataRow<string, string, string>> Rows()
    {
        var cases = RdfTestSuite.EvalCases().ToList();
        if (cases.Count == 0)
        {
            yield return new("none", "none", "none");
            yield break;
        }
        foreach (var c in cases)
            foreach (var writer in s_writers)
                foreach (var variant in writer is "ttl" or "trig" ? (string[])["plain", "document", "canonical"] : ["plain", "canonical"])
                    yield return new(writer, variant, c.Id);
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public void RoundTrip(string writerName, string variant, string id)
    {
        SharedData.Require(RdfTestSuite.ManifestPath);
        var c = RdfTestSuite.EvalCases().First(e => e.Id == id);
        var original = RdfTestSuite.Parse(RdfSyntaxes.CreateReader(c.ResultFormat), c.ResultPath, c.BaseIri);
        var format = RdfFormat.Find(writerName)!;
        var writer = RdfSyntaxes.CreateWriter(format);
        var options = variant switch
        {
            "plain" => new RdfWriterOptions(),
            "document" => new RdfWriterOptions { BaseIri = c.BaseIri, Prefixes = DocumentPrefixes(c) },
            "canonical" => new RdfWriterOptions { Canonical = true },
            _ => throw new ArgumentOutOfRangeException(nameof(variant)),
        };

        if (!format.SupportsDatasets && original.Any(q => q.Graph is not null))
        {
            // Refusing beats silently merging graphs: the writer must say so.
            Assert.Throws<NotSupportedException>(() => Write(writer, original, options));
            return;
        }

        var bytes = Write(writer, original, options);
        var sink = new QuadList();
        try
        {
            RdfSyntaxes.CreateReader(format).Read(new MemoryStream(bytes), sink, new RdfReaderOptions { BaseIri = c.BaseIri, FileName = "written." + writerName });
        }
        catch (Graph.Core.Diagnostics.RdfSyntaxException e)
        {
            Assert.Fail($"{id}: our {format} output does not parse:\n{e.Message}\n--- written\n{System.Text.Encoding.UTF8.GetString(bytes)}");
        }
        RdfTestSuite.AssertIsomorphic(original, sink.Quads, $"{id} via {format} ({variant})\n--- written\n{System.Text.Encoding.UTF8.GetString(bytes)}");

        if (variant == "canonical")
        {
            for (var seed = 1; seed <= 3; seed++)
                Assert.Equal(bytes, Write(writer, WriterTestKit.Scramble(original, seed, rename: true), options));
        }
    }

    /// <summary>The prefixes the test's action declares, when it is Turtle or TriG (so real-world local names get tried).</summary>
    private static IReadOnlyList<KeyValuePair<string, string>>? DocumentPrefixes(EvalCase c)
    {
        if (c.ActionFormat != RdfFormat.Turtle && c.ActionFormat != RdfFormat.TriG) return null;
        var sink = new QuadList();
        try
        {
            using var stream = File.OpenRead(c.ActionPath);
            RdfSyntaxes.CreateReader(c.ActionFormat).Read(stream, sink, new RdfReaderOptions { BaseIri = c.BaseIri });
        }
        catch (Graph.Core.Diagnostics.RdfSyntaxException)
        {
            return null;
        }
        return sink.Prefixes.Count == 0 ? null : sink.Prefixes;
    }

    private static byte[] Write(IRdfWriter writer, IEnumerable<Quad> quads, RdfWriterOptions options)
    {
        using var stream = new MemoryStream();
        writer.Write(quads, stream, options);
        return stream.ToArray();
    }
}
