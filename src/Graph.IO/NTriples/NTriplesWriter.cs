using Graph.Core.Terms;

namespace Graph.IO.NTriples;

/// <summary>
/// Writes N-Triples (https://www.w3.org/TR/n-triples/) in canonical form (§4): one triple per line, UTF-8, LF.
/// A statement in a named graph is an error (<see cref="NotSupportedException"/>, as for every writer of a syntax without named graphs): N-Triples cannot hold it.
/// </summary>
public sealed class NTriplesWriter : IStreamingRdfWriter
{
    public RdfFormat Format => RdfFormat.NTriples;

    public void Write(IEnumerable<Quad> quads, Stream output, RdfWriterOptions options) =>
        LineWriter.Write(quads, output, options, namedGraphs: false);

    public IRdfStreamWriter? OpenStream(Stream output, RdfWriterOptions options) =>
        LineWriter.OpenStream(output, options, namedGraphs: false);
}
