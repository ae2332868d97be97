using System.Runtime.CompilerServices;
using Graph.Core.Diagnostics;
using Graph.Core.Terms;
using Graph.Core.Vocabularies;
using Graph.IO.Text;

namespace Graph.IO.NTriples;

/// <summary>
/// Reads the terms of one N-Triples / N-Quads line straight from its UTF-8 bytes. Terms are looked up in the
/// parser's caches by their raw bytes first, so a repeated IRI costs a hash and a compare, not a string.
/// </summary>
internal ref partial struct NTriplesLexer(ReadOnlySpan<byte> text, int line, NTriplesParser parser)
{
    private readonly ReadOnlySpan<byte> _s = text;
    private int _i;

    public readonly byte Current => _i < _s.Length ? _s[_i] : (byte)0;

    /// <summary>Skips spaces and tabs; false at the end of the line or at a comment.</summary>
    public bool SkipWhitespace()
    {
        while (_i < _s.Length && _s[_i] is (byte)' ' or (byte)'\t') _i++;
        return _i < _s.Length && _s[_i] != '#';
    }

    // [3] subject ::= IRIREF | BLANK_NODE_LABEL
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public Term ReadSubject() => Current switch
    {
        (byte)'<' => ReadIri(),
        (byte)'_' => ReadBlankNode(),
        _ => throw Error("expected a subject (an IRI or a blank node)", _i),
    };

    // [4] predicate ::= IRIREF
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public Term ReadPredicate() => Current == '<' ? ReadIri() : throw Error("expected a predicate (an IRI)", _i);

    // [5] object ::= IRIREF | BLANK_NODE_LABEL | literal
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public Term ReadObject() => Current switch
    {
        (byte)'<' => ReadIri(),
        (byte)'_' => ReadBlankNode(),
        (byte)'"' => ReadLiteral(),
        _ => throw Error("expected an object (an IRI, a blank node or a literal in double quotes)", _i),
    };

    // [5] graphLabel ::= IRIREF | BLANK_NODE_LABEL   (N-Quads)
    public Term ReadGraphLabel() => Current == '<' ? ReadIri() : ReadBlankNode();

    /// <summary>The final '.', then nothing but whitespace or a comment.</summary>
    public void ReadEnd()
    {
        if (Current != '.')
        {
            var what = _i >= _s.Length ? "at the end of the statement" : "after the object";
            throw Error(parser.Quads ? $"expected a graph label or '.' {what}" : $"expected '.' {what}", _i);
        }
        _i++;
        if (SkipWhitespace()) throw Error("expected the end of the line after '.' (one statement per line)", _i);
    }

    // IRIREF ::= '<' ([^#x00-#x20<>"{}|^`\] | UCHAR)* '>'
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Iri ReadIri()
    {
        var open = _i;
        var raw = ScanIri(out var escaped);
        var iri = parser.Iris.Get(raw, out var slot);
        if (iri is not null) return iri;
        var value = escaped ? Unescape(raw, echar: false, open + 1) : Utf8Chars.GetString(raw);
        if (!Graph.Core.Iris.IriResolver.IsAbsolute(value)) throw RelativeIriError(open);
        iri = new Iri(value);
        parser.Iris.Set(slot, raw, iri);
        return iri;
    }

    /// <summary>Scans an IRIREF at '&lt;' and returns its body as written (escapes not yet decoded).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ReadOnlySpan<byte> ScanIri(out bool escaped)
    {
        var open = _i;
        var body = _s[(open + 1)..];
        var k = body.IndexOfAny(Utf8Chars.IriStop);
        if (k < 0) throw Error("unterminated IRI: expected '>'", open);
        escaped = false;
        if (body[k] != '>')
        {
            k = ScanEscapedIri(body, open + 1);
            escaped = true;
        }
        _i = open + 1 + k + 1;
        return body[..k];
    }

    private readonly ParseAbort RelativeIriError(int open) =>
        Error("relative IRI not allowed in N-Triples / N-Quads: expected an absolute IRI", open, _i - open);

    /// <summary>Finds the closing '&gt;' of an IRI that has escapes or forbidden bytes, failing on the first bad one.</summary>
    private readonly int ScanEscapedIri(ReadOnlySpan<byte> body, int offset)
    {
        var j = 0;
        while (j < body.Length)
        {
            var rest = body[j..];
            var k = rest.IndexOfAny(Utf8Chars.IriStop);
            if (k < 0) break;
            j += k;
            var b = body[j];
            if (b == '>') return j;
            if (b != '\\') throw Error("invalid character in IRI (spaces, controls and <>\"{}|^`\\ must be written as \\u escapes)", offset + j, 1);
            var n = Utf8Chars.UcharLength(body[j..]);
            if (n == 0) throw Error("invalid escape in IRI: expected \\uXXXX or \\UXXXXXXXX", offset + j, Math.Min(body.Length - j, 6));
            j += n;
        }
        throw Error("unterminated IRI: expected '>'", offset - 1);
    }

    // BLANK_NODE_LABEL ::= '_:' (PN_CHARS_U | [0-9]) ((PN_CHARS | '.')* PN_CHARS)?
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private BlankNode ReadBlankNode() => parser.BlankNodes.Labeled(ScanBlankNodeLabel());

    /// <summary>Scans a blank node at '_' and returns its label (the bytes after <c>_:</c>).</summary>
    private ReadOnlySpan<byte> ScanBlankNodeLabel()
    {
        if (_i + 1 >= _s.Length || _s[_i + 1] != ':') throw Error("expected '_:' to start a blank node label", _i);
        var start = _i + 2;
        var length = Utf8Names.BlankNodeLabel(_s[start..], out _);
        if (length == 0) throw Error("expected a letter, digit or '_' to start the blank node label", start);
        _i = start + length;
        return _s.Slice(start, length);
    }

    // [6] literal ::= STRING_LITERAL_QUOTE ('^^' IRIREF | LANGTAG)?
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Literal ReadLiteral()
    {
        var open = _i;
        var raw = ScanString(out var escaped);
        string? language = null;
        Iri? datatype = null;
        if (Current == '@') language = Language(ScanLanguageTag());
        else if (Current == '^')
        {
            SkipDatatypeMark();
            datatype = ReadIri();
        }
        var whole = _s[open.._i];
        var literal = parser.Literals.Get(whole, out var slot);
        if (literal is not null) return literal;
        var lexical = escaped ? Unescape(raw, echar: true, open + 1) : Utf8Chars.GetString(raw);
        literal = language is not null ? new Literal(lexical, language) : new Literal(lexical, datatype ?? Xsd.String);
        parser.Literals.Set(slot, whole, literal);
        return literal;
    }

    /// <summary>Scans STRING_LITERAL_QUOTE at '"' and returns its body as written (escapes not yet decoded).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ReadOnlySpan<byte> ScanString(out bool escaped)
    {
        var open = _i;
        var body = _s[(open + 1)..];
        var k = body.IndexOfAny(Utf8Chars.DoubleQuoteStop);
        if (k < 0) throw Error("unterminated string: expected '\"'", open);
        escaped = false;
        if (body[k] == '\\')
        {
            k = ScanEscapedString(body, open + 1);
            escaped = true;
        }
        _i = open + 1 + k + 1;
        return body[..k];
    }

    // LANGTAG ::= '@' [a-zA-Z]+ ('-' [a-zA-Z0-9]+)*
    private ReadOnlySpan<byte> ScanLanguageTag()
    {
        var length = Utf8Names.LanguageTag(_s[(_i + 1)..], out _);
        if (length == 0) throw Error("expected a language tag (letters) after '@'", _i + 1);
        var tag = _s.Slice(_i + 1, length);
        _i += 1 + length;
        return tag;
    }

    private void SkipDatatypeMark()
    {
        if (_i + 2 >= _s.Length || _s[_i + 1] != '^' || _s[_i + 2] != '<') throw Error("expected '^^' followed by a datatype IRI", _i);
        _i += 2;
    }

    private readonly string Unescape(ReadOnlySpan<byte> raw, bool echar, int offset) =>
        Utf8Chars.Unescape(raw, echar, ref parser.CharBuffer, out var bad, out var why) ?? throw Error(why!, offset + bad, EscapeLength(raw[bad..]));

    private readonly int ScanEscapedString(ReadOnlySpan<byte> body, int offset)
    {
        var j = 0;
        while (j < body.Length)
        {
            var k = body[j..].IndexOfAny(Utf8Chars.DoubleQuoteStop);
            if (k < 0) break;
            j += k;
            var b = body[j];
            if (b == '"') return j;
            if (b != '\\') break;
            var next = j + 1 < body.Length ? body[j + 1] : (byte)0;
            if (next is (byte)'t' or (byte)'b' or (byte)'n' or (byte)'r' or (byte)'f' or (byte)'"' or (byte)'\'' or (byte)'\\')
            {
                j += 2;
                continue;
            }
            var n = Utf8Chars.UcharLength(body[j..]);
            if (n == 0) throw Error("invalid escape in string: expected one of \\t \\b \\n \\r \\f \\\" \\' \\\\ \\uXXXX \\UXXXXXXXX", offset + j, Math.Min(body.Length - j, 2 + (next is (byte)'u' ? 4 : next is (byte)'U' ? 8 : 0)));
            j += n;
        }
        throw Error("unterminated string: expected '\"'", offset - 1);
    }

    private static int EscapeLength(ReadOnlySpan<byte> escape) => Math.Max(2, Utf8Chars.UcharLength(escape));

    private readonly string Language(ReadOnlySpan<byte> tag)
    {
        var s = parser.Languages.Get(tag, out var slot);
        if (s is not null) return s;
        s = Utf8Chars.GetString(tag).ToLowerInvariant();
        parser.Languages.Set(slot, tag, s);
        return s;
    }

    /// <summary>Records an error at byte <paramref name="offset"/> of the line; the caller throws the result to abandon the line.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private readonly ParseAbort Error(string message, int offset, int length = -1)
    {
        offset = Math.Min(offset, _s.Length);
        var rest = _s[offset..];
        if (length < 0)
        {
            length = rest.IndexOfAny((byte)' ', (byte)'\t');
            if (length < 0) length = rest.Length;
            if (length == 0 && rest.Length > 0) length = 1;
        }
        var text = Utf8Chars.Excerpt(rest[..Math.Min(length, rest.Length)]);
        var column = Utf8Chars.CountCodePoints(_s[..offset]) + 1;
        parser.Errors.Add(message, new TextPosition(line, column), text.Length == 0 ? null : text);
        return ParseAbort.Instance;
    }
}
