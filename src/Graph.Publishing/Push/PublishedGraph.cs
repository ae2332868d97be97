using System.Security.Cryptography;
using Graph.Core.Graphs;
using Graph.Core.Terms;

namespace Graph.Publishing.Push;

/// <summary>
/// One graph as <c>graph push</c> sends it: its name (null = the store's default graph), its triples as canonical
/// N-Triples lines (sorted, distinct; the body of a Graph Store PUT or of <c>INSERT DATA</c>), and the SHA-256 of
/// those bytes (equal to <see cref="GraphHash.Sha256"/> of the triples), which decides whether it changed since the last push.
/// </summary>
public sealed record PublishedGraph(Iri? Name, IReadOnlyList<byte[]> Lines, string Hash)
{
    /// <summary>The graph's key in reports and in the push state: its IRI, or <c>DEFAULT</c>.</summary>
    public string Key => KeyOf(Name);

    public int Triples => Lines.Count;

    public static string KeyOf(Iri? name) => name?.Value ?? DefaultKey;

    /// <summary>The key of the default graph (an absolute IRI never looks like this).</summary>
    public const string DefaultKey = "DEFAULT";

    /// <summary>The N-Triples body.</summary>
    public byte[] Body()
    {
        var body = new byte[Lines.Sum(l => l.Length)];
        var at = 0;
        foreach (var line in Lines)
        {
            line.CopyTo(body, at);
            at += line.Length;
        }
        return body;
    }

    /// <summary>
    /// Splits a dataset by graph, in key order. Quads of the default graph go to <paramref name="defaultGraph"/> when it
    /// is given (stores whose default graph is the union of the named graphs, such as Virtuoso's, cannot hold them).
    /// </summary>
    public static IReadOnlyList<PublishedGraph> FromDataset(IEnumerable<Quad> quads, Iri? defaultGraph = null)
    {
        var byGraph = new Dictionary<string, (Iri? Name, List<Quad> Quads)>(StringComparer.Ordinal);
        foreach (var q in quads)
        {
            var name = q.Graph switch
            {
                null => defaultGraph,
                Iri i => i,
                BlankNode b => throw new NotSupportedException($"graph {b} is a blank node; a triple store cannot address it"),
                var t => throw new System.Diagnostics.UnreachableException(t.GetType().Name),
            };
            var key = KeyOf(name);
            if (!byGraph.TryGetValue(key, out var entry)) byGraph[key] = entry = (name, []);
            entry.Quads.Add(q);
        }
        return byGraph.OrderBy(kv => kv.Key, StringComparer.Ordinal)
            .Select(kv => Create(kv.Value.Name, kv.Value.Quads))
            .ToList();
    }

    public static PublishedGraph Create(Iri? name, IEnumerable<Quad> quads)
    {
        var lines = GraphHash.CanonicalLines(quads);
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var line in lines) sha.AppendData(line);
        return new PublishedGraph(name, lines, Convert.ToHexStringLower(sha.GetHashAndReset()));
    }
}
