using Graph.Core.Terms;
using Graph.IO;
using Graph.Store;

namespace Graph.Benchmarks;

/// <summary>Feeds what a reader parses straight into a store's bulk load (the adapter the CLI needs too).</summary>
internal sealed class StoreSink(BulkLoad load) : IQuadSink
{
    public void OnQuad(in Quad quad) => load.Add(quad);
}
