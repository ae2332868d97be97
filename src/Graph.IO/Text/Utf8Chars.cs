using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text;

namespace Graph.IO.Text;

/// <summary>
/// Character classes and escape decoding shared by the N-Triples and Turtle families, over UTF-8 bytes.
/// ASCII is decided per byte; a code point is decoded only when a byte is not ASCII.
/// </summary>
internal static class Utf8Chars
{
    /// <summary>Bytes that stop the fast scan of an IRIREF body: the closing '&gt;', an escape, or a byte the grammar forbids.</summary>
    public static readonly SearchValues<byte> IriStop = SearchValues.Create(
        [.. Enumerable.Range(0, 0x21).Select(b => (byte)b), (byte)'<', (byte)'>', (byte)'"', (byte)'{', (byte)'}', (byte)'|', (byte)'^', (byte)'`', (byte)'\\']);

    public static readonly SearchValues<byte> DoubleQuoteStop = SearchValues.Create("\"\\\n\r"u8);
    public static readonly SearchValues<byte> SingleQuoteStop = SearchValues.Create("'\\\n\r"u8);
    public static readonly SearchValues<byte> LongDoubleQuoteStop = SearchValues.Create("\"\\\n"u8);
    public static readonly SearchValues<byte> LongSingleQuoteStop = SearchValues.Create("'\\\n"u8);

    /// <summary>The number of code points in a UTF-8 span (every byte that is not a continuation byte starts one).</summary>
    public static int CountCodePoints(ReadOnlySpan<byte> s)
    {
        var n = s.Length;
        foreach (var b in s)
            if ((b & 0xC0) == 0x80) n--;
        return n;
    }

    /// <summary>Decodes one code point; returns its length in bytes, 0 when <paramref name="s"/> ends inside it, -1 when invalid.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Decode(ReadOnlySpan<byte> s, out int codePoint)
    {
        if (s.Length > 0 && s[0] < 0x80)
        {
            codePoint = s[0];
            return 1;
        }
        var status = Rune.DecodeFromUtf8(s, out var rune, out var consumed);
        codePoint = rune.Value;
        return status switch
        {
            OperationStatus.Done => consumed,
            OperationStatus.NeedMoreData => 0,
            _ => -1,
        };
    }

    // PN_CHARS_BASE ::= [A-Z] | [a-z] | [#x00C0-#x00D6] | [#x00D8-#x00F6] | [#x00F8-#x02FF] | [#x0370-#x037D]
    //   | [#x037F-#x1FFF] | [#x200C-#x200D] | [#x2070-#x218F] | [#x2C00-#x2FEF] | [#x3001-#xD7FF] | [#xF900-#xFDCF]
    //   | [#xFDF0-#xFFFD] | [#x10000-#xEFFFF]
    public static bool IsPnCharsBase(int c) =>
        c < 0x80 ? (uint)((c | 0x20) - 'a') <= 'z' - 'a'
        : (c >= 0xC0 && c <= 0xD6) || (c >= 0xD8 && c <= 0xF6) || (c >= 0xF8 && c <= 0x2FF)
          || (c >= 0x370 && c <= 0x37D) || (c >= 0x37F && c <= 0x1FFF) || (c >= 0x200C && c <= 0x200D)
          || (c >= 0x2070 && c <= 0x218F) || (c >= 0x2C00 && c <= 0x2FEF) || (c >= 0x3001 && c <= 0xD7FF)
          || (c >= 0xF900 && c <= 0xFDCF) || (c >= 0xFDF0 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0xEFFFF);

    // PN_CHARS_U ::= PN_CHARS_BASE | '_'
    public static bool IsPnCharsU(int c) => c == '_' || IsPnCharsBase(c);

    // PN_CHARS ::= PN_CHARS_U | '-' | [0-9] | #x00B7 | [#x0300-#x036F] | [#x203F-#x2040]
    public static bool IsPnChars(int c) =>
        IsPnCharsU(c) || c == '-' || (uint)(c - '0') <= 9 || c == 0xB7 || (c >= 0x300 && c <= 0x36F) || c == 0x203F || c == 0x2040;

    public static bool IsHex(byte b) => (uint)(b - '0') <= 9 || (uint)((b | 0x20) - 'a') <= 'f' - 'a';

    public static bool IsAsciiLetter(byte b) => (uint)((b | 0x20) - 'a') <= 'z' - 'a';

    public static bool IsDigit(byte b) => (uint)(b - '0') <= 9;

    private static int HexValue(byte b) => b <= '9' ? b - '0' : (b | 0x20) - 'a' + 10;

    /// <summary>True when the IRI starts with a scheme (<c>ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ) ":"</c>).</summary>
    public static bool HasScheme(ReadOnlySpan<byte> iri)
    {
        if (iri.Length == 0 || !IsAsciiLetter(iri[0])) return false;
        for (var i = 1; i < iri.Length; i++)
        {
            var b = iri[i];
            if (b == ':') return true;
            if (!(IsAsciiLetter(b) || IsDigit(b) || b is (byte)'+' or (byte)'-' or (byte)'.')) return false;
        }
        return false;
    }

    /// <summary>The length of a well-formed UCHAR at <paramref name="s"/> (which starts with the backslash), else 0.</summary>
    public static int UcharLength(ReadOnlySpan<byte> s)
    {
        if (s.Length < 2) return 0;
        var n = s[1] switch { (byte)'u' => 4, (byte)'U' => 8, _ => 0 };
        if (n == 0 || s.Length < 2 + n) return 0;
        for (var i = 2; i < 2 + n; i++)
            if (!IsHex(s[i])) return 0;
        return 2 + n;
    }

    /// <summary>
    /// Decodes a token body that contains UCHAR escapes (and ECHAR escapes when <paramref name="echar"/>, i.e. in
    /// strings) into a string. Returns null, the offset of the bad escape and what is wrong with it when an escape is
    /// malformed, denotes a surrogate, or (in an IRI) denotes a character IRIREF forbids.
    /// </summary>
    public static string? Unescape(ReadOnlySpan<byte> raw, bool echar, ref char[] buffer, out int errorOffset, out string? error)
    {
        error = null;
        if (buffer.Length < raw.Length) buffer = new char[Math.Max(raw.Length, buffer.Length * 2)];
        var length = 0;
        var i = 0;
        errorOffset = -1;
        while (i < raw.Length)
        {
            var rest = raw[i..];
            var slash = rest.IndexOf((byte)'\\');
            if (slash < 0) slash = rest.Length;
            if (slash > 0) length += Encoding.UTF8.GetChars(rest[..slash], buffer.AsSpan(length));
            i += slash;
            if (i >= raw.Length) break;
            var esc = raw[i..];
            if (esc.Length < 2) { errorOffset = i; error = "incomplete escape"; return null; }
            char simple = esc[1] switch
            {
                (byte)'t' => '\t', (byte)'b' => '\b', (byte)'n' => '\n', (byte)'r' => '\r', (byte)'f' => '\f',
                (byte)'"' => '"', (byte)'\'' => '\'', (byte)'\\' => '\\',
                _ => '\0',
            };
            if (simple != '\0' && echar)
            {
                buffer[length++] = simple;
                i += 2;
                continue;
            }
            var n = UcharLength(esc);
            errorOffset = i;
            if (n == 0)
            {
                error = echar ? "invalid escape: expected one of \\t \\b \\n \\r \\f \\\" \\' \\\\ \\uXXXX \\UXXXXXXXX" : "invalid escape in IRI: expected \\uXXXX or \\UXXXXXXXX";
                return null;
            }
            var cp = 0;
            for (var k = 2; k < n; k++) cp = (cp << 4) | HexValue(esc[k]);
            if (!Rune.IsValid(cp))
            {
                error = "invalid escape: expected the code point of a Unicode scalar value (not a surrogate, at most U+10FFFF)";
                return null;
            }
            if (!echar && (cp <= 0x20 || cp is '<' or '>' or '"' or '{' or '}' or '|' or '^' or '`' or '\\'))
            {
                error = "escape denotes a character not allowed in an IRI (space, control or <>\"{}|^`\\)";
                return null;
            }
            errorOffset = -1;
            length += new Rune(cp).EncodeToUtf16(buffer.AsSpan(length));
            i += n;
        }
        return new string(buffer, 0, length);
    }

    /// <summary>The offset of the first byte that does not start a valid UTF-8 sequence, or -1 when all of <paramref name="s"/> is valid.</summary>
    public static int FirstInvalidByte(ReadOnlySpan<byte> s)
    {
        if (System.Text.Unicode.Utf8.IsValid(s)) return -1;
        var i = 0;
        while (i < s.Length)
        {
            if (Rune.DecodeFromUtf8(s[i..], out _, out var n) != OperationStatus.Done) return i;
            i += n;
        }
        return -1;
    }

    /// <summary>The length of <paramref name="s"/> without a final sequence that more bytes might still complete.</summary>
    public static int CompleteLength(ReadOnlySpan<byte> s)
    {
        for (var back = 1; back <= Math.Min(3, s.Length); back++)
        {
            var b = s[^back];
            if ((b & 0xC0) == 0x80) continue;
            var needed = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
            return needed > back ? s.Length - back : s.Length;
        }
        return s.Length;
    }

    /// <summary>Decodes UTF-8 bytes to a string (replacing invalid sequences).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static string GetString(ReadOnlySpan<byte> s) => Encoding.UTF8.GetString(s);

    /// <summary>Shows a few bytes of input in an error message.</summary>
    public static string Excerpt(ReadOnlySpan<byte> s, int maxBytes = 40)
    {
        if (s.Length > maxBytes)
        {
            s = s[..maxBytes];
            while (s.Length > 0 && (s[^1] & 0xC0) == 0x80) s = s[..^1];
            if (s.Length > 0 && s[^1] >= 0xC0) s = s[..^1];
        }
        return Encoding.UTF8.GetString(s);
    }

}
