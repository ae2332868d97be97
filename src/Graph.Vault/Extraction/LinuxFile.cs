using System.Runtime.InteropServices;

namespace Graph.Vault.Extraction;

/// <summary>
/// Reads a regular file's first bytes with three system calls (open, read, close) on Linux. <c>File.OpenHandle</c>
/// adds a status call, an advisory lock and path normalisation to each open, which over a vault of small notes cost
/// more than the reads. Any failure answers false: the caller then reads through .NET, whose exceptions carry the
/// messages the diagnostics quote.
/// </summary>
internal static class LinuxFile
{
    private const int ReadOnly = 0;
    private const int CloseOnExec = 0x80000;
    private const int MaxPath = 4096;

    // Cleared for good the first time libc cannot be bound (another C library, a sandbox).
    private static bool s_usable = OperatingSystem.IsLinux();

    /// <summary>
    /// Reads up to <paramref name="buffer"/>'s length from the start of the file at <paramref name="path"/> into it;
    /// false, with nothing read, when that did not work.
    /// </summary>
    public static bool TryRead(string path, Span<byte> buffer, out int read)
    {
        read = 0;
        if (!s_usable || path.Length == 0 || path.Length > MaxPath / 3 || path.Contains('\0')) return false;
        Span<byte> name = stackalloc byte[MaxPath];
        var length = System.Text.Encoding.UTF8.GetBytes(path, name);
        name[length] = 0;
        int fd;
        try { fd = Open(ref name[0], ReadOnly | CloseOnExec); }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            s_usable = false;
            return false;
        }
        if (fd < 0) return false;
        var ok = true;
        while (read < buffer.Length)
        {
            var n = Read(fd, ref buffer[read], buffer.Length - read);
            if (n < 0) { ok = false; break; }
            if (n == 0) break;
            read += (int)n;
        }
        Close(fd);
        if (!ok) read = 0;
        return ok;
    }

    [DllImport("libc", EntryPoint = "open")]
    private static extern int Open(ref byte path, int flags);

    [DllImport("libc", EntryPoint = "read")]
    private static extern nint Read(int fd, ref byte buffer, nint count);

    [DllImport("libc", EntryPoint = "close")]
    private static extern int Close(int fd);
}
