namespace Graph.IO;

/// <summary>
/// Writes a file so that readers only ever see the old content or the complete new content: the data goes to a
/// temporary file in the same folder, which then replaces the target in one rename. A failed write leaves the
/// previous file untouched.
/// </summary>
public static class AtomicFile
{
    public static void Write(string path, Action<Stream> write)
    {
        var full = Path.GetFullPath(path);
        var dir = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(dir);
        var temp = Path.Combine(dir, "." + Path.GetFileName(full) + "." + Environment.ProcessId + ".tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }
            File.Move(temp, full, overwrite: true);
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
    }

    /// <summary>
    /// Writes several files as one unit: every file goes to a temporary name first, and only when all were written
    /// are they renamed into place. A failure in any leaves all previous files untouched.
    /// </summary>
    public static void WriteAll(IReadOnlyList<(string Path, Action<Stream> Write)> files)
    {
        // A folder where a file should go would make its rename fail after the others were renamed: refuse first.
        foreach (var (path, _) in files)
            if (Directory.Exists(path)) throw new IOException($"cannot write '{path}': a folder is in the way; nothing was written");
        using var set = new AtomicFileSet();
        foreach (var (path, write) in files) set.Write(path, write);
        set.Commit();
    }

    private static void TryDelete(string path)
    {
        try { File.Delete(path); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}
