namespace Graph.IO;

/// <summary>
/// Several files written as one unit: each goes to a temporary file in its target's folder (<see cref="Write"/>, which
/// may be called from several threads at once), and <see cref="Commit"/> renames them all into place. Disposing the
/// set before <see cref="Commit"/> deletes the temporary files, so a failure in any leaves all previous files untouched.
/// Unlike holding every file in memory until all are made, large files go straight to disk as they are written.
/// <code>
/// using var files = new AtomicFileSet();
/// var size = files.Write("out/graph.nt", stream => writer.Write(quads, stream, options));
/// files.Write("out/dcat.ttl", stream => WriteDescription(size, stream));
/// files.Commit();
/// </code>
/// </summary>
public sealed class AtomicFileSet : IDisposable
{
    private readonly List<(string Temp, string Target)> _files = [];
    private readonly Lock _lock = new();
    private bool _committed;

    /// <summary>Writes the file that <see cref="Commit"/> puts at <paramref name="path"/>; returns its length in bytes.</summary>
    /// <exception cref="IOException">A folder is where the file should go (its rename would fail after others succeeded).</exception>
    public long Write(string path, Action<Stream> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        var full = Path.GetFullPath(path);
        if (Directory.Exists(full)) throw new IOException($"cannot write '{path}': a folder is in the way; nothing was written");
        var dir = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(dir);
        var temp = Path.Combine(dir, "." + Path.GetFileName(full) + "." + Environment.ProcessId + ".tmp");
        lock (_lock)
        {
            ObjectDisposedException.ThrowIf(_committed, this);
            _files.Add((temp, full));
        }
        using var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        write(stream);
        stream.Flush(flushToDisk: true);
        return stream.Length;
    }

    /// <summary>Renames every file written into place.</summary>
    public void Commit()
    {
        lock (_lock)
        {
            foreach (var (temp, target) in _files) File.Move(temp, target, overwrite: true);
            _committed = true;
        }
    }

    public void Dispose()
    {
        lock (_lock)
        {
            if (_committed) return;
            foreach (var (temp, _) in _files) TryDelete(temp);
            _files.Clear();
        }
    }

    private static void TryDelete(string path)
    {
        try { File.Delete(path); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}
