using Graph.Core.Terms;

namespace Graph.IO;

/// <summary>A serialiser for one RDF syntax. Writes UTF-8 without BOM and with LF line ends.</summary>
public interface IRdfWriter
{
    RdfFormat Format { get; }

    void Write(IEnumerable<Quad> quads, Stream output, RdfWriterOptions options);
}
