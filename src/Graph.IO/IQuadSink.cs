using Graph.Core.Terms;

namespace Graph.IO;

/// <summary>
/// Receives what a reader parses, in document order: statements, and the prefix and base declarations so that a
/// writer can reuse them.
/// </summary>
public interface IQuadSink
{
    void OnQuad(in Quad quad);

    void OnPrefix(string prefix, string namespaceIri) { }

    void OnBase(string baseIri) { }
}
