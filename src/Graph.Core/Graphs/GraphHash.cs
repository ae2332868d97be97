using System.Security.Cryptography;
using System.Text;
using Graph.Core.Terms;

namespace Graph.Core.Graphs;

/// <summary>
/// A content hash of a set of statements that changes exactly when the statements change: SHA-256 (lower-case hex) of
/// their canonical N-Triples document — graph names ignored, duplicates dropped, blank nodes relabelled by
/// <see cref="CanonicalLabeling"/>, each line <c>s p o .</c> ended by LF, lines sorted by their UTF-8 bytes
/// (https://www.w3.org/TR/n-triples/#canonical-ntriples). The same bytes a push sends, so the hash names the payload.
/// </summary>
public static class GraphHash
{
    /// <summary>The hash of the statements (their graph component ignored).</summary>
    public static string Sha256(IEnumerable<Quad> quads)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var line in CanonicalLines(quads)) sha.AppendData(line);
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    /// <summary>The canonical N-Triples lines (UTF-8, each ended by LF), sorted and distinct.</summary>
    public static List<byte[]> CanonicalLines(IEnumerable<Quad> quads)
    {
        var triples = new HashSet<Quad>();
        foreach (var q in quads) triples.Add(q.AsTriple());
        var sb = new StringBuilder();
        var lines = new List<byte[]>(triples.Count);
        foreach (var q in CanonicalLabeling.Relabel(triples))
        {
            sb.Clear();
            NTriplesFormatter.Append(sb, q);
            sb.Append('\n');
            lines.Add(Encoding.UTF8.GetBytes(sb.ToString()));
        }
        lines.Sort(static (a, b) => a.AsSpan().SequenceCompareTo(b));
        return lines;
    }
}
