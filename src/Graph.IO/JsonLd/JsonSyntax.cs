using System.Text;
using System.Text.Json;
using Graph.Core.Diagnostics;

namespace Graph.IO.JsonLd;

/// <summary>Parses a JSON-LD file, turning JSON syntax errors into <see cref="RdfSyntaxException"/> with line and column.</summary>
internal static class JsonSyntax
{
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
