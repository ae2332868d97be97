using System.Text;
using Graph.Core.Terms;

namespace Graph.IO.Turtle;

/// <summary>The order of <see cref="TermComparer"/> on ids and UTF-8 bytes, without making term objects.</summary>
internal sealed partial class TermTable
{
    /// <summary>
    /// Orders two ids as <see cref="TermComparer"/> orders their terms: kind (IRI, blank node, literal), then value in
    /// UTF-16 order, then for literals datatype IRI, then language (none first).
    /// </summary>
    public int Compare(int x, int y)
    {
        if (x == y) return 0;
        int kx = _kinds[x], ky = _kinds[y];
        var c = Math.Min((int)kx, TagString).CompareTo(Math.Min((int)ky, TagString));
        if (c != 0) return c;
        if (kx < TagString) return CompareUtf16(Key(x)[1..], Key(y)[1..]);
        TryGetLiteral(x, out var lx, out var gx, out var dx);
        TryGetLiteral(y, out var ly, out var gy, out var dy);
        c = CompareUtf16(lx, ly);
        if (c != 0) return c;
        c = CompareUtf16(DatatypeOf(kx, dx), DatatypeOf(ky, dy));
        if (c != 0) return c;
        // string.CompareOrdinal puts a missing language (null) first.
        if (kx != TagLanguage || ky != TagLanguage) return (kx == TagLanguage).CompareTo(ky == TagLanguage);
        return CompareUtf16(gx, gy);
    }

    private ReadOnlySpan<byte> DatatypeOf(int tag, int datatype) => tag switch
    {
        TagString => XsdString,
        TagLanguage => "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"u8,
        _ => ValueOf(datatype),
    };

    /// <summary>
    /// Compares two UTF-8 strings as <see cref="string.CompareOrdinal(string, string)"/> compares their UTF-16 forms:
    /// code point order, except that U+E000–U+FFFF sort after the supplementary planes (whose surrogates are lower).
    /// </summary>
    public static int CompareUtf16(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b) => CompareUtf16(a, b, 0);

    /// <summary><see cref="CompareUtf16(ReadOnlySpan{byte}, ReadOnlySpan{byte})"/> for two strings known to agree in
    /// their first <paramref name="equalPrefix"/> bytes (or up to the shorter one's end).</summary>
    public static int CompareUtf16(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b, int equalPrefix)
    {
        var skip = Math.Min(equalPrefix, Math.Min(a.Length, b.Length));
        var i = skip + a[skip..].CommonPrefixLength(b[skip..]);
        if (i == a.Length || i == b.Length) return a.Length.CompareTo(b.Length);
        // UTF-8 bytes order like code points, and code points like UTF-16 units except when U+E000–U+FFFF (lead bytes
        // 0xEE, 0xEF) meet a supplementary character (0xF0 and up): only then decode.
        int x0 = a[i], y0 = b[i];
        if (x0 < 0xEE || y0 < 0xEE || (x0 >= 0xF0) == (y0 >= 0xF0)) return x0 - y0;
        while (i > 0 && (a[i] & 0xC0) == 0x80) i--;
        Rune.DecodeFromUtf8(a[i..], out var x, out _);
        Rune.DecodeFromUtf8(b[i..], out var y, out _);
        return Utf16Key(x.Value).CompareTo(Utf16Key(y.Value));
    }

    // Above every code point (U+10FFFF included): in UTF-16 these units follow all surrogates.
    private static int Utf16Key(int c) => c is >= 0xE000 and <= 0xFFFF ? c + 0x200000 : c;
}
