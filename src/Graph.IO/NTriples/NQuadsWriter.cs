using Graph.Core.Terms;

namespace Graph.IO.NTriples;

/// <summary>Writes N-Quads (https://www.w3.org/TR/n-quads/) in canonical form: one statement per line, UTF-8, LF.</summary>
public sealed class NQuadsWriter : IStreamingRdfWriter
{
    public RdfFormat Format => RdfFormat.NQuads;

    public void Write(IEnumerable<Quad> quads, Stream output, RdfWriterOptions options) =>
        LineWriter.Write(quads, output, options, namedGraphs: true);

    public IRdfStreamWriter? OpenStream(Stream output, RdfWriterOptions options) =>
        LineWriter.OpenStream(output, options, namedGraphs: true);
}
