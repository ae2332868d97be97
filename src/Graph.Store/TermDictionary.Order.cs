using System.Buffers.Binary;
using System.Text;
using Graph.Core.Terms;
using Graph.Core.Vocabularies;

namespace Graph.Store;

public sealed partial class TermDictionary
{
    private static readonly byte[] s_xsdString = Encoding.UTF8.GetBytes(Xsd.String.Value);
    private static readonly byte[] s_rdfLangString = Encoding.UTF8.GetBytes(Rdf.LangString.Value);

    /// <summary>
    /// Compares two ids in the order of <see cref="TermComparer"/> (kind, then ordinal UTF-16 order of the parts),
    /// working on the UTF-8 keys without decoding.
    /// </summary>
    public int CompareCanonical(int a, int b)
    {
        if (a == b) return 0;
        var x = KeyOf(a);
        var y = KeyOf(b);
        var c = Rank((KeyTag)x[0]).CompareTo(Rank((KeyTag)y[0]));
        if (c != 0) return c;
        if ((KeyTag)x[0] is KeyTag.Iri or KeyTag.BlankNode) return CompareUtf16Order(x[1..], y[1..]);
        c = CompareUtf16Order(LexicalOf(x), LexicalOf(y));
        if (c != 0) return c;
        c = CompareUtf16Order(DatatypeOf(x), DatatypeOf(y));
        if (c != 0) return c;
        // Language: none sorts before any tag (string.CompareOrdinal(null, "en") < 0).
        var hasX = (KeyTag)x[0] == KeyTag.LangLiteral;
        var hasY = (KeyTag)y[0] == KeyTag.LangLiteral;
        if (hasX != hasY) return hasX ? 1 : -1;
        return hasX ? CompareUtf16Order(x.Slice(2, x[1]), y.Slice(2, y[1])) : 0;
    }

    private static int Rank(KeyTag tag) => tag switch
    {
        KeyTag.Iri => 0,
        KeyTag.BlankNode => 1,
        _ => 2,
    };

    private static ReadOnlySpan<byte> LexicalOf(ReadOnlySpan<byte> key) => (KeyTag)key[0] switch
    {
        KeyTag.SimpleLiteral => key[1..],
        KeyTag.LangLiteral => key[(2 + key[1])..],
        _ => key[5..],
    };

    private ReadOnlySpan<byte> DatatypeOf(ReadOnlySpan<byte> key) => (KeyTag)key[0] switch
    {
        KeyTag.SimpleLiteral => s_xsdString,
        KeyTag.LangLiteral => s_rdfLangString,
        _ => KeyOf(BinaryPrimitives.ReadInt32LittleEndian(key[1..]))[1..],
    };

    /// <summary>
    /// Orders UTF-8 strings as <see cref="string.CompareOrdinal(string, string)"/> orders their UTF-16 forms. Byte
    /// order is code point order, which differs from UTF-16 order only between supplementary characters (lead bytes
    /// F0–F4, surrogate pairs in UTF-16) and U+E000–U+FFFF (lead bytes EE–EF): UTF-16 puts the surrogates first.
    /// Those bytes never occur as continuation bytes, so the first difference is always between two lead bytes.
    /// </summary>
    internal static int CompareUtf16Order(ReadOnlySpan<byte> x, ReadOnlySpan<byte> y)
    {
        var i = x.CommonPrefixLength(y);
        if (i == x.Length || i == y.Length) return x.Length.CompareTo(y.Length);
        int a = x[i], b = y[i];
        if (a >= 0xF0 && b is 0xEE or 0xEF) return -1;
        if (b >= 0xF0 && a is 0xEE or 0xEF) return 1;
        return a.CompareTo(b);
    }
}
