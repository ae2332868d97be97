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
    private static readonly UTF8Encoding s_strictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    // Git's heuristic: a NUL byte in the first 8,000 bytes means binary. Text in any of the encodings read here has none.
    private const int BinaryProbe = 8000;

    /// <summary>
    /// The file's text, or null when it is not a text file or cannot be read (a diagnostic then says why).
    /// <paramref name="relativePath"/> is the vault-relative path the diagnostics carry.
    /// </summary>
    public static string? Read(string fullPath, string relativePath, int maxBytes, List<Diagnostic> diagnostics)
    {
        byte[] bytes;
        long length;
        try
        {
            // The size of what a link leads to, not of the link: FIFOs, sockets and devices report 0, and opening one
            // could block forever (a FIFO without writer) or never reach its end (/dev/zero).
            var info = new FileInfo(fullPath);
            // The attributes come from the status already read; only a link (or a missing file) costs a readlink.
            if ((info.Attributes & FileAttributes.ReparsePoint) != 0 && info.LinkTarget is not null)
                info = info.ResolveLinkTarget(returnFinalTarget: true) as FileInfo ?? info;
            if (!info.Exists) throw new FileNotFoundException($"'{info.FullName}' does not exist");
            length = info.Length;
            if (length == 0) return string.Empty;
            bytes = ReadAtMost(info.FullName, (long)maxBytes + 1);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(Warn(VaultCodes.UnreadableFile, $"cannot read the file ({e.Message}); not converted", relativePath, TextPosition.None));
            return null;
        }
        var count = bytes.Length;
        if (count > maxBytes)
        {
            // Cut after the last line feed within the limit (never inside a line or a multi-byte character).
            var cut = Array.LastIndexOf(bytes, (byte)'\n', maxBytes - 1);
            count = cut > 0 ? cut + 1 : maxBytes;
            while (count > 0 && count < bytes.Length && (bytes[count] & 0xC0) == 0x80) count--;
            diagnostics.Add(Warn(VaultCodes.FileTooLarge,
                $"the file is larger than the limit of {maxBytes:N0} bytes ({Math.Max(length, bytes.Length):N0} bytes or more); only its first {count:N0} bytes are read",
                relativePath, TextPosition.None));
        }
        return Decode(bytes.AsSpan(0, count), relativePath, diagnostics);
    }

    /// <summary>Decodes a file's bytes (see the class summary); null for binary content.</summary>
    public static string? Decode(ReadOnlySpan<byte> bytes, string relativePath, List<Diagnostic> diagnostics)
    {
        if (bytes.Length >= 2 && (bytes[0], bytes[1]) is (0xFF, 0xFE) or (0xFE, 0xFF))
        {
            var bigEndian = bytes[0] == 0xFE;
            diagnostics.Add(Warn(VaultCodes.NotUtf8,
                $"the file is UTF-16 {(bigEndian ? "BE" : "LE")} (byte order mark); read as such, but Obsidian and most tools expect UTF-8",
                relativePath, new(1, 1)));
            // An odd trailing byte is half a character: dropped, as U+FFFD would be.
            var body = bytes[2..(bytes.Length - (bytes.Length % 2))];
            return new UnicodeEncoding(bigEndian, byteOrderMark: false).GetString(body);
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
        try
        {
            return s_strictUtf8.GetString(content);
        }
        catch (DecoderFallbackException)
        {
            var position = FirstInvalid(content);
            diagnostics.Add(Warn(VaultCodes.UnreadableFile,
                "the file is not valid UTF-8; invalid bytes were replaced by U+FFFD", relativePath, position));
            return Encoding.UTF8.GetString(content);
        }
    }

    private static byte[] ReadAtMost(string fullPath, long limit)
    {
        // Unbuffered (buffer size 0): the bytes go straight into the array, with no 64 KB stream buffer per note, which
        // was most of what reading a large vault allocated.
        using var stream = new FileStream(fullPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 0);
        var size = (int)Math.Min(limit, stream.CanSeek ? Math.Max(stream.Length, 1) : limit);
        var buffer = new byte[size];
        var read = 0;
        while (read < buffer.Length)
        {
            var n = stream.Read(buffer, read, buffer.Length - read);
            if (n == 0) break;
            read += n;
        }
        return read == buffer.Length ? buffer : buffer[..read];
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
