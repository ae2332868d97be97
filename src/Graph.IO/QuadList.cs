using Graph.Core.Terms;

namespace Graph.IO;

/// <summary>A sink that collects quads and prefixes in memory (for tests, small files and round trips).</summary>
public sealed class QuadList : IQuadSink
{
    public List<Quad> Quads { get; } = [];

    /// <summary>Prefix declarations in document order; a redeclared prefix keeps its last namespace.</summary>
    public List<KeyValuePair<string, string>> Prefixes { get; } = [];

    public string? BaseIri { get; private set; }

    public void OnQuad(in Quad quad) => Quads.Add(quad);

    public void OnPrefix(string prefix, string namespaceIri)
    {
        Prefixes.RemoveAll(p => p.Key == prefix);
        Prefixes.Add(new(prefix, namespaceIri));
    }

    public void OnBase(string baseIri) => BaseIri = baseIri;
}
