using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using Graph.Core.Terms;
using Graph.IO;

namespace Graph.Publishing.Dumps;

/// <summary>
/// Bulk dumps for triple-store loaders (Virtuoso <c>ld_dir</c>, Jena <c>tdb2.tdbloader</c>, Oxigraph <c>load</c>):
/// the quads in canonical order as N-Quads, split into gzip parts of at most <c>splitSize</c> uncompressed bytes
/// (a quad is never cut), named <c>graph-0001.nq.gz</c>…, with a <see cref="DumpManifest"/>. The same quads give the
/// same bytes. All parts and the manifest replace the previous dump together; parts of an older, longer dump are removed.
/// </summary>
public static class NQuadsDump
{
    public const string MediaType = "application/n-quads";

    /// <summary>Writes the dump into <paramref name="folder"/> and returns its manifest.</summary>
    /// <param name="quads">The quads, already in the order to write (e.g. <c>QuadComparer</c> order).</param>
    /// <param name="folder">The dump folder (created if needed).</param>
    /// <param name="splitSize">Most N-Quads bytes per part, before compression.</param>
    public static DumpManifest Write(IEnumerable<Quad> quads, string folder, long splitSize)
    {
        if (splitSize < 1024) throw new ArgumentOutOfRangeException(nameof(splitSize), "a part must hold at least 1 KB");
        var parts = new List<(string Name, byte[] Data, long Quads)>();
        var buffer = new MemoryStream();
        var line = new StringBuilder();
        long inPart = 0;
        long quadsInPart = 0;
        foreach (var q in quads)
        {
            line.Clear();
            NTriplesFormatter.Append(line, q);
            line.Append('\n');
            var bytes = Encoding.UTF8.GetBytes(line.ToString());
            if (inPart > 0 && inPart + bytes.Length > splitSize) Flush();
            buffer.Write(bytes);
            inPart += bytes.Length;
            quadsInPart++;
        }
        if (inPart > 0 || parts.Count == 0) Flush();

        var manifestParts = parts.Select(p => new DumpPart(p.Name, p.Data.Length, p.Quads, Convert.ToHexStringLower(SHA256.HashData(p.Data)))).ToList();
        var manifest = new DumpManifest(MediaType, "gzip", splitSize, parts.Sum(p => p.Quads), manifestParts);
        var files = parts.Select(p => (Path.Combine(folder, p.Name), (Action<Stream>)(s => s.Write(p.Data))))
            .Append((Path.Combine(folder, DumpManifest.FileName), s => s.Write(Encoding.UTF8.GetBytes(manifest.ToJson()))))
            .ToList();
        AtomicFile.WriteAll(files);
        RemoveStaleParts(folder, manifest);
        return manifest;

        void Flush()
        {
            var name = $"graph-{parts.Count + 1:0000}.nq.gz";
            parts.Add((name, Compress(buffer.GetBuffer().AsSpan(0, (int)buffer.Length)), quadsInPart));
            buffer.SetLength(0);
            inPart = 0;
            quadsInPart = 0;
        }
    }

    /// <summary>Parses a size such as <c>100MB</c>, <c>512k</c>, <c>1G</c> or <c>1048576</c> (binary multiples).</summary>
    public static long ParseSize(string text)
    {
        var t = text.Trim().ToUpperInvariant();
        if (t.EndsWith('B')) t = t[..^1];
        long unit = 1;
        if (t.Length > 0 && "KMG".Contains(t[^1], StringComparison.Ordinal))
        {
            unit = t[^1] switch { 'K' => 1L << 10, 'M' => 1L << 20, 'G' => 1L << 30, _ => throw new System.Diagnostics.UnreachableException() };
            t = t[..^1];
        }
        if (!long.TryParse(t, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) || n <= 0)
            throw new FormatException($"'{text}' is not a size (e.g. 100MB, 512KB, 1G)");
        return checked(n * unit);
    }

    // The gzip header .NET writes has no file name and a zero time, so equal input gives equal bytes.
    private static byte[] Compress(ReadOnlySpan<byte> data)
    {
        var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Optimal, leaveOpen: true)) gzip.Write(data);
        return output.ToArray();
    }

    private static void RemoveStaleParts(string folder, DumpManifest manifest)
    {
        var keep = manifest.Parts.Select(p => p.File).ToHashSet(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(folder, "graph-*.nq.gz"))
            if (!keep.Contains(Path.GetFileName(file))) File.Delete(file);
    }
}
