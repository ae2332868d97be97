using System.Text;
using Graph.Core.Diagnostics;
using Graph.Core.Graphs;
using Graph.Core.Terms;
using Graph.IO;

namespace Graph.Fuzz;

/// <summary>The checks the targets share: what a syntax error must carry, and the write → re-read round trip.</summary>
public static class Invariants
{
    /// <summary>The base IRI every target reads and writes with, so relative references resolve and get relativised again.</summary>
    public const string BaseIri = "http://example.org/fuzz/doc";

    /// <summary>Fails unless <paramref name="condition"/> holds.</summary>
    public static void Require(bool condition, string message)
    {
        if (!condition) throw new InvariantViolation(message);
    }

    /// <summary>
    /// A syntax error must say where: every error a line and column (1-based) inside the input, and a message.
    /// Lines are bounded generously (each LF and each CR may end a line) since syntaxes differ on CR.
    /// </summary>
    public static void CheckSyntaxError(RdfSyntaxException e, ReadOnlySpan<byte> input, string what)
    {
        var lines = input.Count((byte)'\n') + input.Count((byte)'\r') + 1;
        foreach (var error in e.Errors)
        {
            Require(!string.IsNullOrWhiteSpace(error.Message), $"{what}: a syntax error without a message");
            Require(error.Position.IsKnown && error.Position.Column >= 1,
                $"{what}: a syntax error without a position: {error}");
            Require(error.Position.Line <= lines, $"{what}: a syntax error on line {error.Position.Line} of a {lines}-line input: {error}");
        }
    }

    /// <summary>Reads bytes with a registered reader into a list.</summary>
    public static QuadList Read(RdfFormat format, byte[] bytes, string? fileName = "fuzz")
    {
        var sink = new QuadList();
        RdfSyntaxes.CreateReader(format).Read(new MemoryStream(bytes, writable: false), sink,
            new RdfReaderOptions { BaseIri = BaseIri, FileName = fileName });
        return sink;
    }

    /// <summary>Writes with a registered writer; writing the same quads twice must give the same bytes (output is deterministic).</summary>
    public static byte[] Write(RdfFormat format, IReadOnlyList<Quad> quads, RdfWriterOptions options)
    {
        var first = WriteOnce(format, quads, options);
        var second = WriteOnce(format, quads, options);
        Require(first.AsSpan().SequenceEqual(second), $"{format} writer: two writes of the same statements differ");
        Require(!first.AsSpan().StartsWith(Encoding.UTF8.Preamble), $"{format} writer: the output starts with a BOM");
        return first;
    }

    private static byte[] WriteOnce(RdfFormat format, IReadOnlyList<Quad> quads, RdfWriterOptions options)
    {
        using var stream = new MemoryStream();
        RdfSyntaxes.CreateWriter(format).Write(quads, stream, options);
        return stream.ToArray();
    }

    /// <summary>
    /// What a reader produced, written by our writer of <paramref name="format"/> and read back by our reader, must be
    /// the same graph (isomorphic: blank nodes may be renamed). A writer may refuse what its syntax cannot express
    /// (<see cref="NotSupportedException"/>, e.g. a named graph in RDF/XML); it must then refuse before writing anything wrong.
    /// </summary>
    public static void RoundTrip(IReadOnlyList<Quad> quads, RdfFormat format, RdfWriterOptions options, bool mayRefuse = false)
    {
        byte[] written;
        try
        {
            written = Write(format, quads, options);
        }
        catch (NotSupportedException) when (mayRefuse)
        {
            return;
        }
        QuadList again;
        try
        {
            again = Read(format, written, fileName: "written");
        }
        catch (Exception e) when (e is not InvariantViolation)
        {
            throw new InvariantViolation($"{format}: our writer's output does not parse:\n{Show(written)}", e);
        }
        if (!Isomorphism.AreIsomorphic(quads, again.Quads))
            throw new InvariantViolation($"{format}: the written graph reads back as a different graph.\nread:\n{Lines(quads)}\nwritten:\n{Show(written)}\nread back:\n{Lines(again.Quads)}");
    }

    /// <summary>
    /// Statements streamed from <paramref name="from"/>'s reader into <paramref name="to"/>'s writer (what <c>graph rdf
    /// IN -o OUT</c> does: N-Triples reach the Turtle and JSON-LD writers as bytes) must give the bytes the writer gives
    /// for the same statements as objects (what <c>graph rdf IN --to FORMAT</c> and the converter do).
    /// </summary>
    public static void StreamedLikeWritten(RdfFormat from, byte[] input, IReadOnlyList<Quad> quads, RdfFormat to)
    {
        var writer = (IStreamingRdfWriter)RdfSyntaxes.CreateWriter(to);
        byte[] written;
        try
        {
            written = Write(to, quads, new RdfWriterOptions());
        }
        catch (NotSupportedException)
        {
            return; // a syntax that cannot hold these statements: the streamed writer is checked to refuse them too
        }
        using var streamed = new MemoryStream();
        using (var sink = writer.OpenStream(streamed, new RdfWriterOptions()) ?? throw new InvariantViolation($"{to} writer: no stream for plain options"))
        {
            RdfSyntaxes.CreateReader(from).Read(new MemoryStream(input, writable: false), sink, new RdfReaderOptions { BaseIri = BaseIri });
            sink.Complete();
        }
        if (!streamed.ToArray().AsSpan().SequenceEqual(written))
            throw new InvariantViolation($"{from} → {to}: streamed and written differ.\nstreamed:\n{Show(streamed.ToArray())}\nwritten:\n{Show(written)}");
    }

    public static string Lines(IEnumerable<Quad> quads) => string.Join("\n", quads.Select(q => q.ToString()).Order(StringComparer.Ordinal));

    private static string Show(byte[] bytes) => Encoding.UTF8.GetString(bytes);
}
