namespace Graph.IO;

/// <summary>
/// A writer that can also take statements one at a time as a reader produces them, so that converting a document
/// never holds a list of every statement: N-Triples and N-Quads write each line at once; Turtle, TriG and JSON-LD keep
/// only their own grouped layout and write the document when it is complete.
/// </summary>
public interface IStreamingRdfWriter : IRdfWriter
{
    /// <summary>
    /// A sink that writes each statement to <paramref name="output"/> as it arrives, or null when
    /// <paramref name="options"/> need the whole document first (e.g. <see cref="RdfWriterOptions.Canonical"/>):
    /// then call <see cref="IRdfWriter.Write"/> instead.
    /// </summary>
    IRdfStreamWriter? OpenStream(Stream output, RdfWriterOptions options);
}
