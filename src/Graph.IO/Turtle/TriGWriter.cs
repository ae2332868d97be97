using Graph.Core.Terms;

namespace Graph.IO.Turtle;

/// <summary>
/// Writes pretty TriG (https://www.w3.org/TR/trig/): the default graph first, then each named graph as a
/// <c>&lt;g&gt; { ... }</c> block in term order, with the same layout as <see cref="TurtleWriter"/>.
/// </summary>
public sealed class TriGWriter : IStreamingRdfWriter
{
    public RdfFormat Format => RdfFormat.TriG;

    public void Write(IEnumerable<Quad> quads, Stream output, RdfWriterOptions options) =>
        TurtleSerializer.Write(quads, output, options, trig: true);

    /// <summary>Collects the statements as they arrive and writes the document on completion (null with <see cref="RdfWriterOptions.Canonical"/>).</summary>
    public IRdfStreamWriter? OpenStream(Stream output, RdfWriterOptions options)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(options);
        return options.Canonical ? null : new TurtleStreamWriter(output, options, trig: true);
    }
}
