using Graph.Core.Terms;

namespace Graph.IO;

/// <summary>A sink that only counts statements (for <c>graph rdf --count</c>, where nothing needs to be kept).</summary>
public sealed class QuadCounter : IQuadSink
{
    public long Count { get; private set; }

    public void OnQuad(in Quad quad) => Count++;
}
