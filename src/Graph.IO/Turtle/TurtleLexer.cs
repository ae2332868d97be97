using System.Runtime.CompilerServices;
using Graph.IO.Text;

namespace Graph.IO.Turtle;

/// <summary>
/// The Turtle / TriG lexer: a <c>ref struct</c> over the UTF-8 bytes of the reader's buffer. It never produces a
/// token that touches the end of a buffer that may still grow: whenever a decision needs a byte beyond the end and
/// the input is not final, <see cref="Next"/> returns false and the reader refills, then lexes the token again.
/// </summary>
internal ref partial struct TurtleLexer
{
    private readonly ReadOnlySpan<byte> _s;
    private readonly bool _final;
    private int _i;
    private bool _hitEnd;

    public int Line;
    public int LineStart;
    public int ColumnBase;

    public TurtleLexer(ReadOnlySpan<byte> buffer, int position, bool final, int line, int lineStart, int columnBase)
    {
        _s = buffer;
        _i = position;
        _final = final;
        Line = line;
        LineStart = lineStart;
        ColumnBase = columnBase;
    }

    /// <summary>
    /// Lexes the next token. Returns false when more input is needed; <paramref name="token"/> then holds the
    /// position and line state where lexing must resume (comments and white space before it are consumed).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool Next(out TurtleToken token)
    {
        token = default;
        if (!SkipTrivia())
        {
            Mark(ref token);
            return false;
        }
        Mark(ref token);
        if (_i >= _s.Length)
        {
            token.Kind = TurtleTokenKind.EndOfInput;
            token.End = _i;
            return true;
        }
        _hitEnd = false;
        LexToken(ref token);
        if (_hitEnd && !_final) return false;
        token.End = _i;
        return true;
    }

    private readonly void Mark(ref TurtleToken token)
    {
        token.Start = _i;
        token.Line = Line;
        token.LineStart = LineStart;
        token.ColumnBase = ColumnBase;
    }

    /// <summary>The byte at <paramref name="j"/>, or -1 past the end (remembering that the token touched the end).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int At(int j)
    {
        if ((uint)j < (uint)_s.Length) return _s[j];
        _hitEnd = true;
        return -1;
    }

    private void NewLine(int next)
    {
        Line++;
        LineStart = next;
        ColumnBase = 0;
    }

    // WS ::= #x20 | #x9 | #xD | #xA ; comments run from '#' to the end of the line.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool SkipTrivia()
    {
        while (_i < _s.Length)
        {
            switch (_s[_i])
            {
                case (byte)' ' or (byte)'\t' or (byte)'\r':
                    _i++;
                    break;
                case (byte)'\n':
                    _i++;
                    NewLine(_i);
                    break;
                case (byte)'#':
                    var eol = _s[_i..].IndexOf((byte)'\n');
                    if (eol < 0)
                    {
                        if (!_final) return false;
                        _i = _s.Length;
                    }
                    else
                    {
                        _i += eol;
                    }
                    break;
                default:
                    return true;
            }
        }
        return _final;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void LexToken(ref TurtleToken t)
    {
        var b = _s[_i];
        switch (b)
        {
            case (byte)'<': LexIri(ref t); return;
            case (byte)'"' or (byte)'\'': LexString(ref t, b); return;
            case (byte)'@': LexLangTag(ref t); return;
            case (byte)'_': LexBlankNode(ref t); return;
            case (byte)':': LexPrefixedName(ref t, _i); return;
            case (byte)'.':
                if (Utf8Chars.IsDigit((byte)Math.Max(0, At(_i + 1)))) { LexNumber(ref t); return; }
                Punct(ref t, TurtleTokenKind.Dot);
                return;
            case (byte)'+' or (byte)'-' or (>= (byte)'0' and <= (byte)'9'): LexNumber(ref t); return;
            case (byte)';': Punct(ref t, TurtleTokenKind.Semicolon); return;
            case (byte)',': Punct(ref t, TurtleTokenKind.Comma); return;
            case (byte)'[': Punct(ref t, TurtleTokenKind.OpenBracket); return;
            case (byte)']': Punct(ref t, TurtleTokenKind.CloseBracket); return;
            case (byte)'(': Punct(ref t, TurtleTokenKind.OpenParen); return;
            case (byte)')': Punct(ref t, TurtleTokenKind.CloseParen); return;
            case (byte)'{': Punct(ref t, TurtleTokenKind.OpenBrace); return;
            case (byte)'}': Punct(ref t, TurtleTokenKind.CloseBrace); return;
            case (>= (byte)'a' and <= (byte)'z') or (>= (byte)'A' and <= (byte)'Z'): LexWord(ref t); return;
            case (byte)'^':
                if (At(_i + 1) == '^') { _i += 2; t.Kind = TurtleTokenKind.DoubleCaret; return; }
                Fail(ref t, "expected '^^' before a datatype IRI", _i, _i + 1);
                return;
        }
        var n = Utf8Chars.Decode(_s[_i..], out var cp);
        if (n == 0 && !_final) { _hitEnd = true; return; }
        if (n > 0 && Utf8Chars.IsPnCharsBase(cp)) { LexWord(ref t); return; }
        Fail(ref t, "unexpected character: expected an IRI, a prefixed name, a blank node, a literal or punctuation", _i, _i + Math.Max(n, 1));
    }

    private void Punct(ref TurtleToken t, TurtleTokenKind kind)
    {
        _i++;
        t.Kind = kind;
    }

    /// <summary>Turns the token into an error at [from, to) and resumes lexing after it.</summary>
    private void Fail(ref TurtleToken t, string message, int from, int to)
    {
        t.Kind = TurtleTokenKind.Error;
        t.Message = message;
        t.ErrorOffset = from;
        _i = Math.Min(Math.Max(to, from + 1), _s.Length);
        // An error at the very end of a growing buffer might vanish with more input: ask for it first.
        if (to >= _s.Length) _hitEnd = true;
    }
}
