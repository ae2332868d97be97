using System.Text;
using Graph.Core.Diagnostics;

namespace Graph.Vault.Extraction;

/// <summary>
/// Reads a vault text file (a note or a CSV table) defensively: at most a size limit (a note cut at its last complete
/// line), decoded by its byte order mark (UTF-8, UTF-16 LE/BE) or as UTF-8, binary content refused. Every problem is
/// a diagnostic with the file's path; <see cref="Read"/> never throws for I/O errors.
/// </summary>
internal static class NoteFile
{
    // Git's heuristic: a NUL byte in the first 8,000 bytes means binary. Text in any of the encodings read here has none.
    private const int BinaryProbe = 8000;

    /// <summary>
    /// The file's text, or null when it is not a text file or cannot be read (a diagnostic then says why).
    /// <paramref name="relativePath"/> is the vault-relative path the diagnostics carry.
    /// </summary>
    public static string? Read(string fullPath, string relativePath, int maxBytes, List<Diagnostic> diagnostics) =>
        ReadShared(fullPath, relativePath, -1, maxBytes, diagnostics)?.ToString();

    /// <summary>
    /// As <see cref="Read"/>, but the text is left in a buffer of the calling thread, valid until the thread's next
    /// call: a note's text is only read to be cut into its front matter and body, so the whole text is never a string
    /// of its own. <paramref name="knownLength"/> is the size the folder listing read for a file that is no link (it is
    /// then opened at once), or -1 to look at the file first.
    /// </summary>
    public static ReadOnlyMemory<char>? ReadShared(string fullPath, string relativePath, long knownLength, int maxBytes, List<Diagnostic> diagnostics)
    {
        byte[] bytes;
        int read;
        var length = knownLength;
        try
        {
            var openPath = fullPath;
            if (length < 0)
            {
                // The size of what a link leads to, not of the link: FIFOs, sockets and devices report 0, and opening
                // one could block forever (a FIFO without writer) or never reach its end (/dev/zero).
                var info = new FileInfo(fullPath);
                // The attributes come from the status already read; only a link (or a missing file) costs a readlink.
                if ((info.Attributes & FileAttributes.ReparsePoint) != 0 && info.LinkTarget is not null)
                    info = info.ResolveLinkTarget(returnFinalTarget: true) as FileInfo ?? info;
                if (!info.Exists) throw new FileNotFoundException($"'{info.FullName}' does not exist");
                length = info.Length;
                openPath = info.FullName;
            }
            if (length == 0) return string.Empty.AsMemory();
            var size = (int)Math.Min(length, (long)maxBytes + 1);
            // A regular file (its size came from the listing): open, read, close, and nothing else.
            bytes = Buffer(ref t_bytes, size);
            if (knownLength < 0 || !LinuxFile.TryRead(openPath, bytes.AsSpan(0, size), out read))
                (bytes, read) = ReadAtMost(openPath, size);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(Warn(VaultCodes.UnreadableFile, $"cannot read the file ({e.Message}); not converted", relativePath, TextPosition.None));
            return null;
        }
        var count = read;
        if (count > maxBytes)
        {
            // Cut after the last line feed within the limit (never inside a line or a multi-byte character).
            var cut = Array.LastIndexOf(bytes, (byte)'\n', maxBytes - 1);
            count = cut > 0 ? cut + 1 : maxBytes;
            while (count > 0 && count < read && (bytes[count] & 0xC0) == 0x80) count--;
            diagnostics.Add(Warn(VaultCodes.FileTooLarge,
                $"the file is larger than the limit of {maxBytes:N0} bytes ({Math.Max(length, read):N0} bytes or more); only its first {count:N0} bytes are read",
                relativePath, TextPosition.None));
        }
        return DecodeShared(bytes.AsSpan(0, count), relativePath, diagnostics);
    }

    // Per-thread buffers for the bytes read and the text decoded: one pair per thread instead of two arrays per note.
    // A buffer grown for a note larger than this is let go rather than kept for the thread's life.
    private const int MaxKeptBuffer = 1 << 20;

    [ThreadStatic] private static byte[]? t_bytes;
    [ThreadStatic] private static char[]? t_chars;

    private static T[] Buffer<T>(ref T[]? cached, int size)
    {
        if (cached is { } kept && kept.Length >= size) return kept;
        var fresh = new T[Math.Max(size, 16 << 10)];
        if (fresh.Length <= MaxKeptBuffer) cached = fresh;
        return fresh;
    }

    /// <summary>Decodes a file's bytes (see the class summary); null for binary content.</summary>
    public static string? Decode(ReadOnlySpan<byte> bytes, string relativePath, List<Diagnostic> diagnostics) =>
        DecodeShared(bytes, relativePath, diagnostics)?.ToString();

    // As Decode, into the thread's text buffer when the bytes are UTF-8 (nearly always).
    private static ReadOnlyMemory<char>? DecodeShared(ReadOnlySpan<byte> bytes, string relativePath, List<Diagnostic> diagnostics)
    {
        if (bytes.Length >= 2 && (bytes[0], bytes[1]) is (0xFF, 0xFE) or (0xFE, 0xFF))
        {
            var bigEndian = bytes[0] == 0xFE;
            diagnostics.Add(Warn(VaultCodes.NotUtf8,
                $"the file is UTF-16 {(bigEndian ? "BE" : "LE")} (byte order mark); read as such, but Obsidian and most tools expect UTF-8",
                relativePath, new(1, 1)));
            // An odd trailing byte is half a character: dropped, as U+FFFD would be.
            var body = bytes[2..(bytes.Length - (bytes.Length % 2))];
            return new UnicodeEncoding(bigEndian, byteOrderMark: false).GetString(body).AsMemory();
        }
        var start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        var content = bytes[start..];
        var nul = content[..Math.Min(content.Length, BinaryProbe)].IndexOf((byte)0);
        if (nul >= 0)
        {
            diagnostics.Add(Warn(VaultCodes.BinaryFile,
                $"the file is binary, not text (a NUL byte at offset {start + nul}); not converted", relativePath, TextPosition.None));
            return null;
        }
        // UTF-8 never takes more UTF-16 code units than it has bytes.
        var chars = Buffer(ref t_chars, content.Length);
        var status = System.Text.Unicode.Utf8.ToUtf16(content, chars, out _, out var written, replaceInvalidSequences: false);
        if (status == System.Buffers.OperationStatus.Done) return chars.AsMemory(0, written);
        var position = FirstInvalid(content);
        diagnostics.Add(Warn(VaultCodes.UnreadableFile,
            "the file is not valid UTF-8; invalid bytes were replaced by U+FFFD", relativePath, position));
        return Encoding.UTF8.GetString(content).AsMemory();
    }

    [ThreadStatic] private static char[]? t_lineFeeds;

    /// <summary>
    /// The text with each CR LF and each lone CR made one LF (as Replace("\r\n", "\n") then Replace('\r', '\n')), in a
    /// buffer of the calling thread valid until its next call: one pass and no copy of the text per note of a
    /// Windows vault.
    /// </summary>
    public static ReadOnlyMemory<char> WithLineFeeds(ReadOnlySpan<char> text)
    {
        var into = Buffer(ref t_lineFeeds, text.Length);
        var written = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n') continue;
                c = '\n';
            }
            into[written++] = c;
        }
        return into.AsMemory(0, written);
    }

    // Up to `size` bytes from the start of the file, into the thread's byte buffer.
    private static (byte[] Buffer, int Read) ReadAtMost(string fullPath, int size)
    {
        using var handle = File.OpenHandle(fullPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        var buffer = Buffer(ref t_bytes, size);
        var read = 0;
        while (read < size)
        {
            var n = RandomAccess.Read(handle, buffer.AsSpan(read, size - read), read);
            if (n == 0) break;
            read += n;
        }
        return (buffer, read);
    }

    // Line and column (in code points) of the first byte that is not UTF-8, as an editor would show the file.
    private static TextPosition FirstInvalid(ReadOnlySpan<byte> bytes)
    {
        var end = bytes.Length;
        Span<char> scratch = stackalloc char[256];
        for (var offset = 0; offset < bytes.Length;)
        {
            var status = System.Text.Unicode.Utf8.ToUtf16(bytes[offset..], scratch, out var consumed, out _, replaceInvalidSequences: false);
            offset += consumed;
            if (status is System.Buffers.OperationStatus.InvalidData or System.Buffers.OperationStatus.NeedMoreData)
            {
                end = offset;
                break;
            }
        }
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < end; i++)
            if (bytes[i] == (byte)'\n') { line++; lineStart = i + 1; }
        var column = 1;
        foreach (var b in bytes[lineStart..end])
            if ((b & 0xC0) != 0x80) column++;
        return new TextPosition(line, column);
    }

    private static Diagnostic Warn(string code, string message, string path, TextPosition position) =>
        new(DiagnosticSeverity.Warning, code, message, path, position);
}
