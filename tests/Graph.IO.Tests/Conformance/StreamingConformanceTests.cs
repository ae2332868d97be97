using Graph.Core.Diagnostics;
using Graph.Core.Terms;
using Graph.Testing;

namespace Graph.IO.Tests.Conformance;

/// <summary>
/// Re-reads every N-Triples, N-Quads, Turtle, TriG and RDF/XML test input through a stream that delivers a few bytes at a time,
/// so every token straddles buffer refills somewhere: the statements, and for bad inputs the errors with their
/// positions, must be exactly those of reading the file in one go.
/// </summary>
public sealed class StreamingConformanceTests
{
    private static readonly string[] Formats = ["nt", "nq", "ttl", "trig", "rdfxml"];

    public static IEnumerable<TheoryDataRow<string, int>> Inputs()
    {
        var entries = RdfTestSuite.Entries.Where(e => e.ActionFormat is { } f && Formats.Contains(f.Name)).ToList();
        if (entries.Count == 0)
        {
            yield return new TheoryDataRow<string, int>("none", 1);
            yield break;
        }
        foreach (var e in entries)
            foreach (var chunk in new[] { 1, 5 })
                yield return new TheoryDataRow<string, int>(e.ShortId, chunk);
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Same_result_when_input_trickles_in(string id, int chunk)
    {
        SharedData.Require(RdfTestSuite.ManifestPath);
        var entry = RdfTestSuite.Find(id) ?? throw new InvalidOperationException($"no entry {id}");
        var bytes = File.ReadAllBytes(entry.ActionPath);
        var reader = RdfSyntaxes.CreateReader(entry.ActionFormat!);
        var whole = Read(reader, new MemoryStream(bytes), entry.BaseIri);
        var trickled = Read(reader, new TrickleStream(bytes, chunk), entry.BaseIri);
        Assert.Equal(whole.Errors, trickled.Errors);
        Assert.Equal(whole.Quads, trickled.Quads);
    }

    public static IEnumerable<TheoryDataRow<string, int>> LineInputs()
    {
        var rows = Inputs().Where(r => r.Data.Item1 == "none" || RdfTestSuite.Find(r.Data.Item1)?.ActionFormat?.Name is "nt" or "nq").ToList();
        return rows.Count > 0 ? rows : [new TheoryDataRow<string, int>("none", 1)];
    }

    /// <summary>
    /// N-Triples / N-Quads into the line writer go by the bytes of each term (<see cref="IUtf8QuadSink"/>), with no term
    /// objects: the output and the errors must be those of the path through <see cref="Quad"/>s, also when trickled.
    /// </summary>
    [Theory]
    [MemberData(nameof(LineInputs))]
    public void Utf8_path_writes_what_the_term_path_writes(string id, int chunk)
    {
        SharedData.Require(RdfTestSuite.ManifestPath);
        var entry = RdfTestSuite.Find(id) ?? throw new InvalidOperationException($"no entry {id}");
        var bytes = File.ReadAllBytes(entry.ActionPath);
        var reader = RdfSyntaxes.CreateReader(entry.ActionFormat!);
        var viaTerms = Convert(reader, new MemoryStream(bytes), entry.BaseIri, utf8: false);
        var viaBytes = Convert(reader, new MemoryStream(bytes), entry.BaseIri, utf8: true);
        var trickled = Convert(reader, new TrickleStream(bytes, chunk), entry.BaseIri, utf8: true);
        Assert.Equal(viaTerms.Output, viaBytes.Output);
        Assert.Equal(viaTerms.Errors, viaBytes.Errors);
        Assert.Equal(viaTerms.Output, trickled.Output);
        Assert.Equal(viaTerms.Errors, trickled.Errors);
    }

    private static (string Output, List<string> Errors) Convert(IRdfReader reader, Stream input, string baseIri, bool utf8)
    {
        using var output = new MemoryStream();
        var errors = new List<string>();
        using (var writer = RdfSyntaxes.CreateWriter(RdfFormat.NQuads) is IStreamingRdfWriter w ? w.OpenStream(output, new RdfWriterOptions())! : throw new InvalidOperationException())
        {
            Assert.True(writer is IUtf8QuadSink);
            try
            {
                reader.Read(input, utf8 ? writer : new TermsOnly(writer), new RdfReaderOptions { BaseIri = baseIri, BlankNodePrefix = "b" });
            }
            catch (RdfSyntaxException e)
            {
                errors.AddRange(e.Errors.Select(x => x.ToString()));
            }
            writer.Complete();
        }
        return (System.Text.Encoding.UTF8.GetString(output.ToArray()), errors);
    }

    /// <summary>Hides a sink's <see cref="IUtf8QuadSink"/>, so the reader creates terms.</summary>
    private sealed class TermsOnly(IQuadSink inner) : IQuadSink
    {
        public void OnQuad(in Quad quad) => inner.OnQuad(quad);
    }

    private static (List<Quad> Quads, List<string> Errors) Read(IRdfReader reader, Stream input, string baseIri)
    {
        var sink = new QuadList();
        try
        {
            reader.Read(input, sink, new RdfReaderOptions { BaseIri = baseIri, BlankNodePrefix = "b" });
            return (sink.Quads, []);
        }
        catch (RdfSyntaxException e)
        {
            return (sink.Quads, e.Errors.Select(x => x.ToString()).ToList());
        }
    }
}
