using System.Buffers;
using System.Runtime.CompilerServices;
using Graph.IO.Text;

namespace Graph.IO.RdfXml;

/// <summary>
/// Writes text as XML 1.0 element content or attribute values, escaping what the XML parser would otherwise change
/// (markup characters, and the white space that line-end and attribute-value normalisation would rewrite), and
/// refusing characters XML 1.0 cannot carry at all (most C0 controls, U+FFFE/U+FFFF, unpaired surrogates).
/// </summary>
internal static class XmlText
{
    private const string Controls = "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000B\u000C\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F\uFFFE\uFFFF";

    private static readonly SearchValues<char> s_textSpecial = SearchValues.Create("&<>\r" + Controls + Surrogates());

    private static readonly SearchValues<char> s_attributeSpecial = SearchValues.Create("&<>\"\t\n\r" + Controls + Surrogates());

    public static void WriteContent(Utf8Sink w, string s) => Write(w, s, s_textSpecial);

    public static void WriteAttribute(Utf8Sink w, string s) => Write(w, s, s_attributeSpecial);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Write(Utf8Sink w, string s, SearchValues<char> special)
    {
        var rest = s.AsSpan();
        while (true)
        {
            var i = rest.IndexOfAny(special);
            if (i < 0)
            {
                w.Write(rest);
                return;
            }
            w.Write(rest[..i]);
            var c = rest[i];
            if (char.IsHighSurrogate(c) && i + 1 < rest.Length && char.IsLowSurrogate(rest[i + 1]))
            {
                w.Write(rest.Slice(i, 2));
                rest = rest[(i + 2)..];
                continue;
            }
            w.Write(c switch
            {
                '&' => "&amp;"u8,
                '<' => "&lt;"u8,
                '>' => "&gt;"u8,
                '"' => "&quot;"u8,
                '\t' => "&#x9;"u8,
                '\n' => "&#xA;"u8,
                '\r' => "&#xD;"u8,
                _ => throw Unrepresentable(s, c),
            });
            rest = rest[(i + 1)..];
        }
    }

    private static string Surrogates() => string.Create(0xE000 - 0xD800, 0, static (span, _) =>
    {
        for (var i = 0; i < span.Length; i++) span[i] = (char)(0xD800 + i);
    });

    private static NotSupportedException Unrepresentable(string s, char c) =>
        new($"cannot write \"{(s.Length > 60 ? s[..60] + "…" : s)}\" in RDF/XML: it contains U+{(int)c:X4}, which XML 1.0 cannot represent");
}
