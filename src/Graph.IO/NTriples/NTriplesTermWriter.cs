using System.Buffers;
using System.Text;
using Graph.Core.Terms;
using Graph.Core.Vocabularies;
using Graph.IO.Text;

namespace Graph.IO.NTriples;

/// <summary>
/// Encodes terms in canonical N-Triples form (RDF 1.1 N-Triples §4) straight into a <see cref="Utf8Sink"/>: the same
/// text as <see cref="NTriplesFormatter"/>, without building strings. Turtle reuses the string and IRI escapes.
/// </summary>
internal static class NTriplesTermWriter
{
    // IRIREF excludes these; canonical form writes them as UCHAR (they only occur in IRIs a reader did not validate).
    private static readonly SearchValues<char> s_iriEscapes = SearchValues.Create(
        "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u0009\u000A\u000B\u000C\u000D\u000E\u000F" +
        "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F" +
        " <>\"{}|^`\\");

    // STRING_LITERAL_QUOTE excludes exactly these four; canonical form uses ECHAR for them and nothing else.
    private static readonly SearchValues<char> s_stringEscapes = SearchValues.Create("\"\\\n\r");

    private static readonly SearchValues<char> s_labelChars = SearchValues.Create(
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-");

    // The same classes over UTF-8 bytes (every byte of a multi-byte character is at least 0x80, so none of these).
    private static readonly SearchValues<byte> s_iriEscapeBytes = SearchValues.Create(
        [.. Enumerable.Range(0, 0x21).Select(b => (byte)b), .. " <>\"{}|^`\\"u8]);

    private static readonly SearchValues<byte> s_stringEscapeBytes = SearchValues.Create("\"\\\n\r"u8);

    private static readonly SearchValues<byte> s_labelBytes = SearchValues.Create(
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-"u8);

    public static void WriteTerm(Utf8Sink sink, Term term)
    {
        switch (term)
        {
            case Iri iri: WriteIri(sink, iri.Value); break;
            case BlankNode b: WriteBlankNode(sink, b.Label); break;
            case Literal l: WriteLiteral(sink, l); break;
            default: throw new System.Diagnostics.UnreachableException(term.GetType().Name);
        }
    }

    public static void WriteIri(Utf8Sink sink, string iri)
    {
        sink.Write((byte)'<');
        WriteIriBody(sink, iri);
        sink.Write((byte)'>');
    }

    /// <summary>The characters between the angle brackets of an IRIREF.</summary>
    public static void WriteIriBody(Utf8Sink sink, ReadOnlySpan<char> iri)
    {
        while (true)
        {
            var i = iri.IndexOfAny(s_iriEscapes);
            if (i < 0)
            {
                sink.Write(iri);
                return;
            }
            sink.Write(iri[..i]);
            sink.WriteUnicodeEscape(iri[i]);
            iri = iri[(i + 1)..];
        }
    }

    /// <summary><see cref="WriteIriBody(Utf8Sink, ReadOnlySpan{char})"/> for an IRI in UTF-8.</summary>
    public static void WriteIriBody(Utf8Sink sink, ReadOnlySpan<byte> iri)
    {
        while (true)
        {
            var i = iri.IndexOfAny(s_iriEscapeBytes);
            if (i < 0)
            {
                sink.Write(iri);
                return;
            }
            sink.Write(iri[..i]);
            sink.WriteUnicodeEscape(iri[i]);
            iri = iri[(i + 1)..];
        }
    }

    public static void WriteLiteral(Utf8Sink sink, Literal literal)
    {
        sink.Write((byte)'"');
        WriteEscapedString(sink, literal.LexicalForm);
        sink.Write((byte)'"');
        if (literal.Language is not null)
        {
            sink.Write((byte)'@');
            sink.Write(literal.Language);
        }
        else if (!ReferenceEquals(literal.Datatype, Xsd.String) && !literal.Datatype.Equals(Xsd.String))
        {
            sink.Write((byte)'^', (byte)'^');
            WriteIri(sink, literal.Datatype.Value);
        }
    }

    /// <summary>The body of a double-quoted string with the four mandatory ECHAR escapes.</summary>
    public static void WriteEscapedString(Utf8Sink sink, ReadOnlySpan<char> s)
    {
        while (true)
        {
            var i = s.IndexOfAny(s_stringEscapes);
            if (i < 0)
            {
                sink.Write(s);
                return;
            }
            sink.Write(s[..i]);
            sink.Write((byte)'\\', s[i] switch
            {
                '"' => (byte)'"',
                '\\' => (byte)'\\',
                '\n' => (byte)'n',
                '\r' => (byte)'r',
                _ => throw new System.Diagnostics.UnreachableException(),
            });
            s = s[(i + 1)..];
        }
    }

    /// <summary><see cref="WriteEscapedString(Utf8Sink, ReadOnlySpan{char})"/> for a string in UTF-8.</summary>
    public static void WriteEscapedString(Utf8Sink sink, ReadOnlySpan<byte> s)
    {
        while (true)
        {
            var i = s.IndexOfAny(s_stringEscapeBytes);
            if (i < 0)
            {
                sink.Write(s);
                return;
            }
            sink.Write(s[..i]);
            sink.Write((byte)'\\', s[i] switch
            {
                (byte)'"' => (byte)'"',
                (byte)'\\' => (byte)'\\',
                (byte)'\n' => (byte)'n',
                (byte)'\r' => (byte)'r',
                _ => throw new System.Diagnostics.UnreachableException(),
            });
            s = s[(i + 1)..];
        }
    }

    /// <summary><see cref="WriteBlankNode(Utf8Sink, string)"/> for a label in UTF-8.</summary>
    public static void WriteBlankNode(Utf8Sink sink, ReadOnlySpan<byte> label)
    {
        // The common label (ASCII letters, digits, '_', '-') is kept as is; anything else takes the string path.
        if (label.Length > 0 && label[0] != '-' && !label.StartsWith("x_"u8) && !label.ContainsAnyExcept(s_labelBytes))
        {
            sink.Write((byte)'_', (byte)':');
            sink.Write(label);
            return;
        }
        WriteBlankNode(sink, Encoding.UTF8.GetString(label));
    }

    public static void WriteBlankNode(Utf8Sink sink, string label)
    {
        sink.Write((byte)'_', (byte)':');
        if (IsSafeLabel(label))
        {
            sink.Write(label);
            return;
        }
        // Labels from other sources may not match BLANK_NODE_LABEL: encode them injectively. Safe labels never start
        // with "x_", encoded ones always do, and the hex of the UTF-16 units keeps distinct labels distinct.
        sink.Write("x_"u8);
        foreach (var c in label) sink.Write(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>A label kept as is: one that matches BLANK_NODE_LABEL and does not start with "x_".</summary>
    internal static bool IsSafeLabel(string label)
    {
        if (label.Length == 0 || label.StartsWith("x_", StringComparison.Ordinal)) return false;
        if (!label.AsSpan().ContainsAnyExcept(s_labelChars)) return label[0] != '-';
        return IsBlankNodeLabel(label);
    }

    // [141s] BLANK_NODE_LABEL ::= '_:' (PN_CHARS_U | [0-9]) ((PN_CHARS | '.')* PN_CHARS)?
    private static bool IsBlankNodeLabel(string label)
    {
        var i = 0;
        foreach (var rune in label.EnumerateRunes())
        {
            var c = rune.Value;
            var last = i + rune.Utf16SequenceLength == label.Length;
            var ok = i == 0 ? Turtle.TurtleGrammar.IsPnCharsU(c) || c is >= '0' and <= '9'
                : last ? Turtle.TurtleGrammar.IsPnChars(c)
                : Turtle.TurtleGrammar.IsPnChars(c) || c == '.';
            if (!ok || rune == Rune.ReplacementChar && label[i] != '\uFFFD') return false;
            i += rune.Utf16SequenceLength;
        }
        return true;
    }
}
