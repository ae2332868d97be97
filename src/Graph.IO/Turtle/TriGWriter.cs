using Graph.Core.Terms;

namespace Graph.IO.Turtle;

/// <summary>
/// Writes pretty TriG (https://www.w3.org/TR/trig/): the default graph first, then each named graph as a
/// <c>&lt;g&gt; { ... }</c> block in term order, with the same layout as <see cref="TurtleWriter"/>.
/// </summary>
public sealed class TriGWriter : IRdfWriter
{
    public RdfFormat Format => RdfFormat.TriG;

    public void Write(IEnumerable<Quad> quads, Stream output, RdfWriterOptions options) =>
        TurtleSerializer.Write(quads, output, options, trig: true);
}
