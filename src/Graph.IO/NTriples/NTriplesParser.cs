using System.Runtime.CompilerServices;
using Graph.Core.Diagnostics;
using Graph.Core.Terms;
using Graph.IO.Text;

namespace Graph.IO.NTriples;

/// <summary>
/// The state of one N-Triples / N-Quads document: term caches, blank node scope and errors. Each line is parsed by a
/// <see cref="NTriplesLexer"/>; a line with an error is reported and skipped (the recovery point is the next line).
/// </summary>
internal sealed class NTriplesParser(IQuadSink sink, RdfReaderOptions options, bool quads)
{
    public readonly TermCache<Iri> Iris = new(1024, 128);
    public readonly TermCache<Literal> Literals = new(1024, 48);
    public readonly TermCache<string> Languages = new(128, 32);
    public readonly BlankNodeScope BlankNodes = new(options.BlankNodePrefix);
    public readonly ErrorList Errors = new(options);
    public readonly bool Quads = quads;
    public char[] CharBuffer = new char[256];
    private byte[] _languageBuffer = new byte[32];

    // Converting N-Triples to N-Triples or N-Quads needs no term objects: such a sink gets the bytes of each term.
    private readonly IUtf8QuadSink? _utf8Sink = sink as IUtf8QuadSink;

    /// <summary>Parses complete lines; returns the number of the line after them.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int ParseLines(ReadOnlySpan<byte> chunk, int line)
    {
        var i = 0;
        var valid = System.Text.Unicode.Utf8.IsValid(chunk);
        while (i < chunk.Length)
        {
            var rest = chunk[i..];
            var eol = rest.IndexOfAny((byte)'\n', (byte)'\r');
            if (eol < 0) eol = rest.Length;
            if (!valid && Utf8Chars.FirstInvalidByte(rest[..eol]) is var bad and >= 0)
            {
                Errors.Add("invalid UTF-8: N-Triples and N-Quads documents must be encoded in UTF-8",
                    new TextPosition(line, Utf8Chars.CountCodePoints(rest[..bad]) + 1), $"\\x{rest[bad]:X2}");
                if (Errors.IsFull) return line;
            }
            else if (eol > 0)
            {
                try
                {
                    ParseLine(rest[..eol], line);
                }
                catch (ParseAbort)
                {
                    if (Errors.IsFull) return line;
                }
            }
            i += eol;
            if (i < chunk.Length)
            {
                i += chunk[i] == '\r' && i + 1 < chunk.Length && chunk[i + 1] == '\n' ? 2 : 1;
                line++;
            }
        }
        return line;
    }

    /// <summary>A language tag in lower case (its value space, as <see cref="Literal"/> stores it); valid until the next call.</summary>
    public ReadOnlySpan<byte> LowerCase(ReadOnlySpan<byte> tag)
    {
        if (!tag.ContainsAnyInRange((byte)'A', (byte)'Z')) return tag;
        if (_languageBuffer.Length < tag.Length) _languageBuffer = new byte[tag.Length];
        System.Text.Ascii.ToLower(tag, _languageBuffer, out var written);
        return _languageBuffer.AsSpan(0, written);
    }

    // [2] triple ::= subject predicate object '.'
    // [2] statement ::= subject predicate object graphLabel? '.'   (N-Quads)
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void ParseLine(ReadOnlySpan<byte> text, int line)
    {
        if (_utf8Sink is not null)
        {
            ParseLineUtf8(text, line, _utf8Sink);
            return;
        }
        var lexer = new NTriplesLexer(text, line, this);
        if (!lexer.SkipWhitespace()) return;
        var subject = lexer.ReadSubject();
        lexer.SkipWhitespace();
        var predicate = lexer.ReadPredicate();
        lexer.SkipWhitespace();
        var obj = lexer.ReadObject();
        lexer.SkipWhitespace();
        Term? graph = null;
        if (Quads && lexer.Current is (byte)'<' or (byte)'_')
        {
            graph = lexer.ReadGraphLabel();
            lexer.SkipWhitespace();
        }
        lexer.ReadEnd();
        sink.OnQuad(new Quad(subject, predicate, obj, graph));
    }

    /// <summary><see cref="ParseLine"/> for a sink of <see cref="Utf8Quad"/>s.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void ParseLineUtf8(ReadOnlySpan<byte> text, int line, IUtf8QuadSink utf8Sink)
    {
        var lexer = new NTriplesLexer(text, line, this);
        if (!lexer.SkipWhitespace()) return;
        var subject = lexer.ReadSubjectUtf8();
        lexer.SkipWhitespace();
        var predicate = lexer.ReadPredicateUtf8();
        lexer.SkipWhitespace();
        var obj = lexer.ReadObjectUtf8();
        lexer.SkipWhitespace();
        Utf8Term graph = default;
        var hasGraph = false;
        if (Quads && lexer.Current is (byte)'<' or (byte)'_')
        {
            graph = lexer.ReadGraphLabelUtf8();
            hasGraph = true;
            lexer.SkipWhitespace();
        }
        lexer.ReadEnd();
        utf8Sink.OnQuad(new Utf8Quad(subject, predicate, obj, graph, hasGraph));
    }
}
