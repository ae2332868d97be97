using Graph.Core.Diagnostics;

namespace Graph.IO.NTriples;

/// <summary>
/// Reads N-Triples (<see href="https://www.w3.org/TR/n-triples/">RDF 1.1 N-Triples</see>) or, with
/// <c>quads: true</c>, N-Quads (<see href="https://www.w3.org/TR/n-quads/">RDF 1.1 N-Quads</see>). Streams the input
/// line by line from a refillable buffer, so files of any size are read in constant memory. A bad line is reported
/// and skipped; after the last line every error is thrown as one <see cref="RdfSyntaxException"/>.
/// </summary>
public sealed class NTriplesReader(bool quads = false) : IRdfReader
{
    private const int InitialBufferSize = 1 << 16;

    public RdfFormat Format => quads ? RdfFormat.NQuads : RdfFormat.NTriples;

    public void Read(Stream input, IQuadSink sink, RdfReaderOptions options)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(sink);
        ArgumentNullException.ThrowIfNull(options);
        var parser = new NTriplesParser(sink, options, quads);
        var buffer = new byte[InitialBufferSize];
        var filled = 0;
        var line = 1;
        var eof = false;
        var start = true;
        while (!eof)
        {
            if (filled == buffer.Length) Array.Resize(ref buffer, buffer.Length * 2);
            var read = input.Read(buffer, filled, buffer.Length - filled);
            if (read == 0) eof = true;
            filled += read;
            var chunk = buffer.AsSpan(0, filled);
            if (start)
            {
                if (chunk.Length < 3 && !eof) continue;
                // A UTF-8 byte order mark is allowed (and ignored) at the start of the document.
                if (chunk.StartsWith("\uFEFF"u8)) chunk[..3].Fill((byte)' ');
                start = false;
            }
            var end = eof ? chunk.Length : CompleteLinesLength(chunk);
            if (end == 0) continue;
            line = parser.ParseLines(chunk[..end], line);
            if (parser.Errors.IsFull) break;
            chunk[end..].CopyTo(buffer);
            filled -= end;
        }
        parser.Errors.ThrowIfAny();
    }

    /// <summary>The length of the complete lines at the start of <paramref name="chunk"/>; a final CR waits for a possible LF.</summary>
    private static int CompleteLinesLength(ReadOnlySpan<byte> chunk)
    {
        var last = chunk.LastIndexOfAny((byte)'\n', (byte)'\r');
        if (last < 0) return 0;
        if (chunk[last] == '\r' && last == chunk.Length - 1) return last;
        return last + 1;
    }
}
