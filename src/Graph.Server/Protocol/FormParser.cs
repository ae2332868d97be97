using System.Text;
using Microsoft.AspNetCore.Http;

namespace Graph.Server.Protocol;

/// <summary>
/// Decodes <c>application/x-www-form-urlencoded</c> text (a query string or a form body) strictly: '+' is a space,
/// <c>%XX</c> escapes are bytes, and the bytes must be UTF-8. ASP.NET's own decoding replaces invalid UTF-8 with
/// U+FFFD, which would run a different query than the client sent; here it is a 400.
/// </summary>
internal static class FormParser
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The name/value pairs in order; <paramref name="text"/> may start with '?'.</summary>
    public static List<KeyValuePair<string, string>> Parse(ReadOnlySpan<byte> text)
    {
        var pairs = new List<KeyValuePair<string, string>>();
        if (!text.IsEmpty && text[0] == (byte)'?') text = text[1..];
        var buffer = new byte[text.Length];
        while (!text.IsEmpty)
        {
            var amp = text.IndexOf((byte)'&');
            var part = amp < 0 ? text : text[..amp];
            text = amp < 0 ? default : text[(amp + 1)..];
            if (part.IsEmpty) continue;
            var eq = part.IndexOf((byte)'=');
            var name = Decode(eq < 0 ? part : part[..eq], buffer);
            var value = eq < 0 ? string.Empty : Decode(part[(eq + 1)..], buffer);
            pairs.Add(new(name, value));
        }
        return pairs;
    }

    public static List<KeyValuePair<string, string>> Parse(QueryString query) =>
        query.HasValue ? Parse(Encoding.Latin1.GetBytes(query.Value!)) : [];

    private static string Decode(ReadOnlySpan<byte> encoded, byte[] buffer)
    {
        var n = 0;
        for (var i = 0; i < encoded.Length; i++)
        {
            var b = encoded[i];
            if (b == (byte)'+') buffer[n++] = (byte)' ';
            else if (b == (byte)'%')
            {
                var hi = i + 2 < encoded.Length ? HexValue(encoded[i + 1]) : -1;
                var lo = i + 2 < encoded.Length ? HexValue(encoded[i + 2]) : -1;
                if (hi < 0 || lo < 0)
                    throw new ProtocolException(StatusCodes.Status400BadRequest, "Malformed percent-escape in the form data.");
                buffer[n++] = (byte)((hi << 4) | lo);
                i += 2;
            }
            else buffer[n++] = b;
        }
        try
        {
            return StrictUtf8.GetString(buffer, 0, n);
        }
        catch (DecoderFallbackException)
        {
            throw new ProtocolException(StatusCodes.Status400BadRequest, "The form data is not valid UTF-8 after percent-decoding.");
        }
    }

    private static int HexValue(byte c) => c switch
    {
        >= (byte)'0' and <= (byte)'9' => c - '0',
        >= (byte)'a' and <= (byte)'f' => c - 'a' + 10,
        >= (byte)'A' and <= (byte)'F' => c - 'A' + 10,
        _ => -1,
    };

    /// <summary>Strict UTF-8 decoding of a request body (direct POST); invalid bytes are a 400.</summary>
    public static string DecodeUtf8(ReadOnlySpan<byte> body, string what)
    {
        if (body.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) body = body[3..];
        try
        {
            return StrictUtf8.GetString(body);
        }
        catch (DecoderFallbackException)
        {
            throw new ProtocolException(StatusCodes.Status400BadRequest, $"The {what} is not valid UTF-8 (the protocol requires UTF-8).");
        }
    }
}
