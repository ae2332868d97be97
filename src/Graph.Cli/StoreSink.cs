using Graph.Core.Terms;
using Graph.IO;
using Graph.Store;

namespace Graph.Cli;

/// <summary>
/// Feeds what a reader parses straight into a store's bulk load. With a <c>graph</c>, every statement goes into that
/// named graph (how <c>--named IRI=FILE</c> loads a file); without one, statements keep the graph the syntax gave them.
/// </summary>
internal sealed class StoreSink(BulkLoad load, Iri? graph = null) : IQuadSink
{
    public void OnQuad(in Quad quad)
    {
        if (graph is null) load.Add(quad);
        else load.Add(quad with { Graph = graph });
    }
}
