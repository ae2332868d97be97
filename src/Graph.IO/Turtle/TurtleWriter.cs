using Graph.Core.Terms;

namespace Graph.IO.Turtle;

/// <summary>
/// Writes pretty Turtle (https://www.w3.org/TR/turtle/): only the prefixes used, grouped subjects, <c>a</c>, inline
/// blank nodes and collections, literals in their shortest safe form, deterministic order. Statements in a named graph
/// are an error (<see cref="InvalidOperationException"/>): use <see cref="TriGWriter"/>.
/// </summary>
public sealed class TurtleWriter : IStreamingRdfWriter
{
    public RdfFormat Format => RdfFormat.Turtle;

    public void Write(IEnumerable<Quad> quads, Stream output, RdfWriterOptions options) =>
        TurtleSerializer.Write(quads, output, options, trig: false);

    /// <summary>Collects the statements as they arrive and writes the document on completion (null with <see cref="RdfWriterOptions.Canonical"/>).</summary>
    public IRdfStreamWriter? OpenStream(Stream output, RdfWriterOptions options)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(options);
        return options.Canonical ? null : new TurtleStreamWriter(output, options, trig: false);
    }
}
