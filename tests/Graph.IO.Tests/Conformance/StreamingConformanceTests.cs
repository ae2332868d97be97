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
