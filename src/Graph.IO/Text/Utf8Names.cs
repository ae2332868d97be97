using System.Runtime.CompilerServices;
namespace Graph.IO.Text;

/// <summary>Scanners for the name-like terminals shared by N-Triples and Turtle (blank node labels, language tags).</summary>
internal static class Utf8Names
{
    /// <summary>
    /// Scans a blank node label (the part after <c>_:</c>):
    /// <c>BLANK_NODE_LABEL ::= '_:' (PN_CHARS_U | [0-9]) ((PN_CHARS | '.')* PN_CHARS)?</c>.
    /// Returns its length (0 when the first character is not allowed); <paramref name="scanned"/> is how far the
    /// scan looked, so a streaming caller can tell whether the label might continue past the end of its buffer.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int BlankNodeLabel(ReadOnlySpan<byte> s, out int scanned)
    {
        scanned = 0;
        var n = Utf8Chars.Decode(s, out var cp);
        if (n == 0) scanned = s.Length;
        if (n <= 0 || !(Utf8Chars.IsPnCharsU(cp) || (uint)(cp - '0') <= 9)) return 0;
        var j = n;
        var good = j;
        while (j < s.Length)
        {
            var b = s[j];
            if (b < 0x80)
            {
                if (b == '.') { j++; continue; }
                if (!(Utf8Chars.IsAsciiLetter(b) || Utf8Chars.IsDigit(b) || b is (byte)'_' or (byte)'-')) break;
                j++;
                good = j;
                continue;
            }
            n = Utf8Chars.Decode(s[j..], out cp);
            if (n == 0)
            {
                // The buffer ends inside a character: a streaming caller must read more before deciding.
                j = s.Length;
                break;
            }
            if (n < 0 || !Utf8Chars.IsPnChars(cp)) break;
            j += n;
            good = j;
        }
        scanned = j;
        return good;
    }

    /// <summary>
    /// Scans a language tag after its '@': <c>[a-zA-Z]+ ('-' [a-zA-Z0-9]+)*</c>. Returns its length, 0 when there is
    /// no letter; <paramref name="scanned"/> as for <see cref="BlankNodeLabel"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int LanguageTag(ReadOnlySpan<byte> s, out int scanned)
    {
        var j = 0;
        while (j < s.Length && Utf8Chars.IsAsciiLetter(s[j])) j++;
        scanned = j;
        if (j == 0) return 0;
        var good = j;
        while (j < s.Length && s[j] == '-')
        {
            var k = j + 1;
            while (k < s.Length && (Utf8Chars.IsAsciiLetter(s[k]) || Utf8Chars.IsDigit(s[k]))) k++;
            scanned = k;
            if (k == j + 1) break;
            j = good = k;
        }
        return good;
    }
}
