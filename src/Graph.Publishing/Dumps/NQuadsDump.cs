using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using Graph.Core.Terms;

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
        folder = Path.GetFullPath(folder);
        Directory.CreateDirectory(folder);
        // Parts stream to temporary files (a dump may be far larger than memory) and are renamed into place together.
        var temps = new List<(string Temp, string Target)>();
        var parts = new List<DumpPart>();
        try
        {
            PartWriter? part = null;
            var line = new StringBuilder();
            var bytes = new byte[256];
            foreach (var q in quads)
            {
                line.Clear();
                NTriplesFormatter.Append(line, q);
                line.Append('\n');
                var length = Encoding.UTF8.GetMaxByteCount(line.Length);
                if (bytes.Length < length) bytes = new byte[Math.Max(length, bytes.Length * 2)];
                var n = Encoding.UTF8.GetBytes(line.ToString(), bytes);
                if (part is not null && part.Bytes + n > splitSize) parts.Add(part.Close());
                if (part is null || part.Closed) part = Open(parts.Count + 1);
                part.Write(bytes.AsSpan(0, n));
            }
            if (part is null || !part.Closed) parts.Add((part ?? Open(1)).Close());

            var manifest = new DumpManifest(MediaType, "gzip", splitSize, parts.Sum(p => p.Quads), parts);
            var manifestTemp = TempName(folder, DumpManifest.FileName);
            temps.Add((manifestTemp, Path.Combine(folder, DumpManifest.FileName)));
            File.WriteAllBytes(manifestTemp, Encoding.UTF8.GetBytes(manifest.ToJson()));
            foreach (var (temp, target) in temps) File.Move(temp, target, overwrite: true);
            RemoveStaleParts(folder, manifest);
            return manifest;
        }
        catch
        {
            foreach (var (temp, _) in temps)
            {
                try { File.Delete(temp); }
                catch (IOException) { }
            }
            throw;
        }

        PartWriter Open(int number)
        {
            var name = $"graph-{number:0000}.nq.gz";
            var temp = TempName(folder, name);
            temps.Add((temp, Path.Combine(folder, name)));
            return new PartWriter(name, temp);
        }
    }

    private static string TempName(string folder, string name) => Path.Combine(folder, "." + name + "." + Environment.ProcessId + ".tmp");

    /// <summary>One part being written: gzip over a file, counting the uncompressed bytes and the quads.</summary>
    private sealed class PartWriter(string name, string path)
    {
        private readonly FileStream _file = new(path, FileMode.Create, FileAccess.ReadWrite, FileShare.None, 1 << 16);
        private GZipStream? _gzip;

        public long Bytes { get; private set; }

        public long Quads { get; private set; }

        public bool Closed { get; private set; }

        public void Write(ReadOnlySpan<byte> line)
        {
            // The gzip header .NET writes has no file name and a zero time, so equal input gives equal bytes.
            _gzip ??= new GZipStream(_file, CompressionLevel.Optimal, leaveOpen: true);
            _gzip.Write(line);
            Bytes += line.Length;
            Quads++;
        }

        public DumpPart Close()
        {
            (_gzip ??= new GZipStream(_file, CompressionLevel.Optimal, leaveOpen: true)).Dispose();
            _gzip = null;
            Closed = true;
            _file.Flush(flushToDisk: true);
            _file.Position = 0;
            var sha = Convert.ToHexStringLower(SHA256.HashData(_file));
            var size = _file.Length;
            _file.Dispose();
            return new DumpPart(name, size, Quads, sha);
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

    private static void RemoveStaleParts(string folder, DumpManifest manifest)
    {
        var keep = manifest.Parts.Select(p => p.File).ToHashSet(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(folder, "graph-*.nq.gz"))
            if (!keep.Contains(Path.GetFileName(file))) File.Delete(file);
    }
}
