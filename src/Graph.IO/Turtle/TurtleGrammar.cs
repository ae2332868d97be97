using System.Numerics;
using System.Text;

namespace Graph.IO.Turtle;

/// <summary>
/// Character classes and token shapes of the Turtle grammar (https://www.w3.org/TR/turtle/#sec-grammar-grammar) that
/// the writer needs to decide whether a prefixed name or a bare number is legal.
/// </summary>
internal static class TurtleGrammar
{
    // [163s] PN_CHARS_BASE ::= [A-Z] | [a-z] | [#x00C0-#x00D6] | [#x00D8-#x00F6] | [#x00F8-#x02FF] | [#x0370-#x037D]
    //   | [#x037F-#x1FFF] | [#x200C-#x200D] | [#x2070-#x218F] | [#x2C00-#x2FEF] | [#x3001-#xD7FF] | [#xF900-#xFDCF]
    //   | [#xFDF0-#xFFFD] | [#x10000-#xEFFFF]
    public static bool IsPnCharsBase(int c) =>
        c is >= 'A' and <= 'Z' or >= 'a' and <= 'z'
            or >= 0xC0 and <= 0xD6 or >= 0xD8 and <= 0xF6 or >= 0xF8 and <= 0x2FF or >= 0x370 and <= 0x37D
            or >= 0x37F and <= 0x1FFF or >= 0x200C and <= 0x200D or >= 0x2070 and <= 0x218F or >= 0x2C00 and <= 0x2FEF
            or >= 0x3001 and <= 0xD7FF or >= 0xF900 and <= 0xFDCF or >= 0xFDF0 and <= 0xFFFD or >= 0x10000 and <= 0xEFFFF;

    // [164s] PN_CHARS_U ::= PN_CHARS_BASE | '_'
    public static bool IsPnCharsU(int c) => c == '_' || IsPnCharsBase(c);

    // [166s] PN_CHARS ::= PN_CHARS_U | '-' | [0-9] | #x00B7 | [#x0300-#x036F] | [#x203F-#x2040]
    public static bool IsPnChars(int c) =>
        IsPnCharsU(c) || c is '-' or >= '0' and <= '9' or 0xB7 or >= 0x300 and <= 0x36F or >= 0x203F and <= 0x2040;

    // [172s] PN_LOCAL_ESC ::= '\' ('_' | '~' | '.' | '-' | '!' | '$' | '&' | "'" | '(' | ')' | '*' | '+' | ',' | ';'
    //   | '=' | '/' | '?' | '#' | '@' | '%')
    public static bool IsLocalEscapable(int c) =>
        c is '_' or '~' or '.' or '-' or '!' or '$' or '&' or '\'' or '(' or ')' or '*' or '+' or ',' or ';' or '='
            or '/' or '?' or '#' or '@' or '%';

    // [167s] PN_PREFIX ::= PN_CHARS_BASE ((PN_CHARS | '.')* PN_CHARS)?
    public static bool IsPnPrefix(string prefix)
    {
        if (prefix.Length == 0) return true;
        var i = 0;
        foreach (var rune in prefix.EnumerateRunes())
        {
            var c = rune.Value;
            var last = i + rune.Utf16SequenceLength == prefix.Length;
            var ok = i == 0 ? IsPnCharsBase(c) : last ? IsPnChars(c) : IsPnChars(c) || c == '.';
            if (!ok) return false;
            i += rune.Utf16SequenceLength;
        }
        return true;
    }

    /// <summary>How one character of a local name is written in a prefixed name.</summary>
    public enum LocalChar : byte { Raw, Escaped, Illegal }

    /// <summary>
    /// Whether <paramref name="local"/> can be written as a PN_LOCAL, with <c>\</c> escapes where the grammar allows.
    /// [168s] PN_LOCAL ::= (PN_CHARS_U | ':' | [0-9] | PLX) ((PN_CHARS | '.' | ':' | PLX)* (PN_CHARS | ':' | PLX))?
    /// </summary>
    public static bool IsWritableLocal(ReadOnlySpan<char> local)
    {
        var i = 0;
        while (i < local.Length)
        {
            if (Rune.DecodeFromUtf16(local[i..], out var rune, out var length) != System.Buffers.OperationStatus.Done) return false;
            if (Classify(local, i, rune.Value) == LocalChar.Illegal) return false;
            i += length;
        }
        return true;
    }

    /// <summary>The form of the code point <paramref name="c"/> found at <paramref name="index"/> of a local name.</summary>
    public static LocalChar Classify(ReadOnlySpan<char> local, int index, int c) =>
        Classify(c, index == 0, index + 1 == local.Length, c == '%' && IsPercentEncoded(local, index));

    /// <summary><see cref="IsWritableLocal(ReadOnlySpan{char})"/> for a local name in UTF-8.</summary>
    public static bool IsWritableLocal(ReadOnlySpan<byte> local)
    {
        var i = 0;
        while (i < local.Length)
        {
            // Most local names are ASCII letters and digits, always raw.
            var run = local[i..].IndexOfAnyExcept(AsciiNameBytes);
            if (run < 0) return true;
            i += run;
            if (Rune.DecodeFromUtf8(local[i..], out var rune, out var length) != System.Buffers.OperationStatus.Done) return false;
            if (Classify(local, i, rune.Value) == LocalChar.Illegal) return false;
            i += length;
        }
        return true;
    }

    /// <summary>
    /// <see cref="Classify(ReadOnlySpan{char}, int, int)"/> for a local name in UTF-8: the same answers, since the
    /// characters it looks around (<c>.</c>, <c>%</c> and hex digits) are one unit in both encodings.
    /// </summary>
    public static LocalChar Classify(ReadOnlySpan<byte> local, int index, int c) =>
        Classify(c, index == 0, index + 1 == local.Length, c == '%' && IsPercentEncoded(local, index));

    /// <summary>ASCII letters, digits and <c>_</c>: raw anywhere in a local name.</summary>
    public static readonly System.Buffers.SearchValues<byte> AsciiNameBytes =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_"u8);

    private static LocalChar Classify(int c, bool first, bool last, bool percentEncoded)
    {
        // [170s] PERCENT ::= '%' HEX HEX stays as is (it is part of the IRI); a lone '%' needs PN_LOCAL_ESC.
        if (c == '%') return percentEncoded ? LocalChar.Raw : LocalChar.Escaped;
        if (c == ':' || c is >= '0' and <= '9' || IsPnCharsU(c)) return LocalChar.Raw;
        if (c == '.') return first || last ? LocalChar.Escaped : LocalChar.Raw;
        if (IsPnChars(c)) return !first ? LocalChar.Raw : c == '-' ? LocalChar.Escaped : LocalChar.Illegal;
        return IsLocalEscapable(c) ? LocalChar.Escaped : LocalChar.Illegal;
    }

    private static bool IsPercentEncoded(ReadOnlySpan<char> s, int i) =>
        i + 2 < s.Length && char.IsAsciiHexDigit(s[i + 1]) && char.IsAsciiHexDigit(s[i + 2]);

    private static bool IsPercentEncoded(ReadOnlySpan<byte> s, int i) =>
        i + 2 < s.Length && char.IsAsciiHexDigit((char)s[i + 1]) && char.IsAsciiHexDigit((char)s[i + 2]);

    // [19] INTEGER ::= [+-]? [0-9]+
    public static bool IsInteger(ReadOnlySpan<char> s) => IsInteger<char>(s);

    /// <summary><see cref="IsInteger(ReadOnlySpan{char})"/> on UTF-8 bytes.</summary>
    public static bool IsInteger(ReadOnlySpan<byte> s) => IsInteger<byte>(s);

    // [20] DECIMAL ::= [+-]? [0-9]* '.' [0-9]+
    public static bool IsDecimal(ReadOnlySpan<char> s) => IsDecimal<char>(s);

    /// <summary><see cref="IsDecimal(ReadOnlySpan{char})"/> on UTF-8 bytes.</summary>
    public static bool IsDecimal(ReadOnlySpan<byte> s) => IsDecimal<byte>(s);

    // [21] DOUBLE ::= [+-]? ([0-9]+ '.' [0-9]* EXPONENT | '.' [0-9]+ EXPONENT | [0-9]+ EXPONENT)
    // [154s] EXPONENT ::= [eE] [+-]? [0-9]+
    public static bool IsDouble(ReadOnlySpan<char> s) => IsDouble<char>(s);

    /// <summary><see cref="IsDouble(ReadOnlySpan{char})"/> on UTF-8 bytes.</summary>
    public static bool IsDouble(ReadOnlySpan<byte> s) => IsDouble<byte>(s);

    // The shapes are ASCII, so one body serves UTF-16 chars and UTF-8 bytes.
    private static bool IsInteger<T>(ReadOnlySpan<T> s) where T : unmanaged, IBinaryInteger<T>
    {
        s = SkipSign(s);
        return s.Length > 0 && IsDigits(s);
    }

    private static bool IsDecimal<T>(ReadOnlySpan<T> s) where T : unmanaged, IBinaryInteger<T>
    {
        s = SkipSign(s);
        var dot = s.IndexOf(T.CreateTruncating('.'));
        if (dot < 0) return false;
        var fraction = s[(dot + 1)..];
        return IsDigits(s[..dot]) && fraction.Length > 0 && IsDigits(fraction);
    }

    private static bool IsDouble<T>(ReadOnlySpan<T> s) where T : unmanaged, IBinaryInteger<T>
    {
        s = SkipSign(s);
        var e = s.IndexOfAny(T.CreateTruncating('e'), T.CreateTruncating('E'));
        if (e < 0) return false;
        var mantissa = s[..e];
        var exponent = SkipSign(s[(e + 1)..]);
        if (exponent.Length == 0 || !IsDigits(exponent)) return false;
        var dot = mantissa.IndexOf(T.CreateTruncating('.'));
        if (dot < 0) return mantissa.Length > 0 && IsDigits(mantissa);
        var whole = mantissa[..dot];
        var fraction = mantissa[(dot + 1)..];
        return (whole.Length > 0 || fraction.Length > 0) && IsDigits(whole) && IsDigits(fraction);
    }

    private static ReadOnlySpan<T> SkipSign<T>(ReadOnlySpan<T> s) where T : unmanaged, IBinaryInteger<T> =>
        s.Length > 0 && (s[0] == T.CreateTruncating('+') || s[0] == T.CreateTruncating('-')) ? s[1..] : s;

    private static bool IsDigits<T>(ReadOnlySpan<T> s) where T : unmanaged, IBinaryInteger<T> =>
        !s.ContainsAnyExceptInRange(T.CreateTruncating('0'), T.CreateTruncating('9'));
}
