using System.Text;
using System.Text.Json;
using Graph.Core.Diagnostics;

namespace Graph.IO.JsonLd;

/// <summary>Parses a JSON-LD file, turning JSON syntax errors into <see cref="RdfSyntaxException"/> with line and column.</summary>
internal static class JsonSyntax
{
    /// <summary>
    /// JSON text is UTF-8 (RFC 8259 §8.1). System.Text.Json checks the bytes of a string only when it is read (and then
    /// throws InvalidOperationException), so check the whole document first and report the first bad byte's position.
    /// </summary>
    public static void RequireUtf8(byte[] utf8, string? fileName)
    {
        var span = utf8.AsSpan();
        if (System.Text.Unicode.Utf8.IsValid(span)) return;
        int line = 1, column = 1, i = 0;
        while (i < span.Length && Rune.DecodeFromUtf8(span[i..], out _, out var length) == System.Buffers.OperationStatus.Done)
        {
            if (span[i] == (byte)'\n') { line++; column = 1; }
            else column++;
            i += length;
        }
        throw new RdfSyntaxException(new SyntaxError("invalid JSON: the text is not valid UTF-8", new TextPosition(line, column),
            $"0x{span[i]:X2}", fileName));
    }

    public static object? Parse(byte[] utf8, string? fileName)
    {
        try
        {
            return Json.Parse(utf8);
        }
        catch (JsonLdException e) when (e.InnerException is JsonException je)
        {
            var line = (int)(je.LineNumber ?? 0) + 1;
            var bytePosition = (int)(je.BytePositionInLine ?? 0);
            var (column, text) = Locate(utf8, line, bytePosition);
            var message = je.Message;
            var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
            if (cut > 0) message = message[..cut];
            throw new RdfSyntaxException(new SyntaxError("invalid JSON: " + message, new TextPosition(line, column), text, fileName));
        }
    }

    // Column in code points (1-based) of a byte offset within a line, and the text from there to the end of the line.
    private static (int Column, string Text) Locate(byte[] utf8, int line, int bytePosition)
    {
        var start = 0;
        for (var l = 1; l < line && start < utf8.Length; l++)
        {
            var nl = Array.IndexOf(utf8, (byte)'\n', start);
            if (nl < 0) break;
            start = nl + 1;
        }
        if (start < 3 && utf8.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) start = 3;
        var end = Array.IndexOf(utf8, (byte)'\n', start);
        if (end < 0) end = utf8.Length;
        var offset = Math.Min(start + bytePosition, end);
        var column = Encoding.UTF8.GetString(utf8, start, offset - start).EnumerateRunes().Count() + 1;
        var text = Encoding.UTF8.GetString(utf8, offset, end - offset).TrimEnd('\r');
        return (column, text.Length > 0 ? text : "end of input");
    }
}
