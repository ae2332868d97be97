using Graph.Core.Diagnostics;

namespace Graph.Sparql.Syntax;

/// <summary>
/// Splits SPARQL text into tokens (grammar §19.8 terminals), tracking line and column in code points. Signed numbers are
/// single tokens, as the grammar's longest match requires (<c>?x-1</c> is <c>?x</c> then <c>-1</c>); the parser undoes
/// that in additive expressions. A <c>&lt;</c> is an IRI when an IRIREF can be scanned from it, else the operator.
/// </summary>
internal sealed class SparqlLexer(string text, string? file)
{
    private int _pos;
    private int _line = 1;
    private int _lineStart;
    private int _surrogatesOnLine;

    public static List<Token> Tokenize(string text, string? file)
    {
        var lexer = new SparqlLexer(text, file);
        var list = new List<Token>(text.Length / 4 + 4);
        Token t;
        do { t = lexer.Next(); list.Add(t); } while (t.Kind != TokenKind.End);
        return list;
    }

    private int Column(int pos) => pos - _lineStart - _surrogatesOnLine + 1;

    private char Peek(int k = 0) => _pos + k < text.Length ? text[_pos + k] : '\0';

    private void SkipTrivia()
    {
        while (_pos < text.Length)
        {
            var c = text[_pos];
            if (c == '\n') { _pos++; _line++; _lineStart = _pos; _surrogatesOnLine = 0; }
            else if (c is ' ' or '\t' or '\r') _pos++;
            else if (c == '#') { while (_pos < text.Length && text[_pos] != '\n') Advance(); }
            else break;
        }
    }

    /// <summary>Moves one UTF-16 unit, counting low surrogates so columns count code points.</summary>
    private void Advance()
    {
        if (char.IsLowSurrogate(text[_pos])) _surrogatesOnLine++;
        _pos++;
    }

    private Token Make(TokenKind kind, int start, int line, int col) => new(kind, start, _pos - start, line, col);

    public Token Next()
    {
        SkipTrivia();
        var start = _pos;
        var line = _line;
        var col = Column(start);
        if (_pos >= text.Length) return new Token(TokenKind.End, _pos, 0, line, col);
        var c = text[_pos];
        switch (c)
        {
            case '<':
                if (TryIriRef()) return Make(TokenKind.IriRef, start, line, col);
                _pos++;
                if (Peek() == '=') _pos++;
                return Make(TokenKind.Punct, start, line, col);
            case '?' or '$':
                _pos++;
                if (IsVarChar(Peek(), true)) { while (IsVarChar(Peek(), false)) Advance(); return Make(TokenKind.Var, start, line, col); }
                if (c == '$') Fail("Expected a variable name after '$'", start, line, col);
                return Make(TokenKind.Punct, start, line, col);
            case '"' or '\'':
                ScanString(c, line, col);
                return Make(TokenKind.String, start, line, col);
            case '@':
                _pos++;
                if (!char.IsAsciiLetter(Peek())) Fail("Expected a language tag after '@'", start, line, col);
                while (char.IsAsciiLetter(Peek())) _pos++;
                while (Peek() == '-' && char.IsAsciiLetterOrDigit(Peek(1))) { _pos++; while (char.IsAsciiLetterOrDigit(Peek())) _pos++; }
                return Make(TokenKind.LangTag, start, line, col);
            case '_' when Peek(1) == ':':
                _pos += 2;
                if (!(IsPnCharsU(Peek()) || char.IsAsciiDigit(Peek()))) Fail("Expected a blank node label after '_:'", start, line, col);
                Advance();
                ScanNameTail();
                return Make(TokenKind.BlankNodeLabel, start, line, col);
        }
        if (char.IsAsciiDigit(c) || (c == '.' && char.IsAsciiDigit(Peek(1))) ||
            ((c == '+' || c == '-') && (char.IsAsciiDigit(Peek(1)) || (Peek(1) == '.' && char.IsAsciiDigit(Peek(2))))))
            return ScanNumber(start, line, col);
        if (IsPnCharsBase(c) || c == ':' || char.IsSurrogate(c))
            return ScanName(start, line, col);
        // Two-character operators first.
        var two = _pos + 1 < text.Length ? text.AsSpan(_pos, 2) : default;
        if (two is "!=" or ">=" or "&&" or "||" or "^^") { _pos += 2; return Make(TokenKind.Punct, start, line, col); }
        if ("{}()[].,;*/+-!=>^|".Contains(c)) { _pos++; return Make(TokenKind.Punct, start, line, col); }
        Advance();
        Fail("Unexpected character", start, line, col);
        return default;
    }

    private bool TryIriRef()
    {
        var i = _pos + 1;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '>') { _pos = i + 1; return true; }
            if (c <= ' ' || c is '<' or '"' or '{' or '}' or '|' or '^' or '`') return false;
            if (c == '\\' && !(i + 1 < text.Length && text[i + 1] is 'u' or 'U')) return false;
            i++;
        }
        return false;
    }

    private Token ScanNumber(int start, int line, int col)
    {
        if (Peek() is '+' or '-') _pos++;
        var kind = TokenKind.Integer;
        while (char.IsAsciiDigit(Peek())) _pos++;
        if (Peek() == '.' && char.IsAsciiDigit(Peek(1))) { kind = TokenKind.Decimal; _pos++; while (char.IsAsciiDigit(Peek())) _pos++; }
        else if (Peek() == '.' && Peek(1) is 'e' or 'E' && kind == TokenKind.Integer) { _pos++; kind = TokenKind.Decimal; }
        if (Peek() is 'e' or 'E')
        {
            var save = _pos;
            _pos++;
            if (Peek() is '+' or '-') _pos++;
            if (char.IsAsciiDigit(Peek())) { while (char.IsAsciiDigit(Peek())) _pos++; kind = TokenKind.Double; }
            else _pos = save;
        }
        return Make(kind, start, line, col);
    }

    private Token ScanName(int start, int line, int col)
    {
        // PN_PREFIX? ':' PN_LOCAL?  |  a bare word (keyword, 'a', true/false, function names).
        if (text[_pos] != ':')
        {
            Advance();
            ScanNameTail();
        }
        if (Peek() != ':') return Make(TokenKind.Name, start, line, col);
        if (_pos > start && text[_pos - 1] == '.') Fail("A prefix must not end with '.'", start, line, col);
        _pos++;
        ScanLocalName();
        return Make(TokenKind.PrefixedName, start, line, col);
    }

    private void ScanNameTail()
    {
        while (true)
        {
            var c = Peek();
            if (IsPnChars(c) || char.IsSurrogate(c)) { Advance(); continue; }
            if (c == '.' && (IsPnChars(Peek(1)) || char.IsSurrogate(Peek(1)))) { _pos++; continue; }
            break;
        }
    }

    // PN_LOCAL ::= (PN_CHARS_U | ':' | [0-9] | PLX) ((PN_CHARS | '.' | ':' | PLX)* (PN_CHARS | ':' | PLX))?
    private void ScanLocalName()
    {
        var first = true;
        while (true)
        {
            var c = Peek();
            if (c == '%' && char.IsAsciiHexDigit(Peek(1)) && char.IsAsciiHexDigit(Peek(2))) { _pos += 3; }
            else if (c == '\\' && "_~.-!$&'()*+,;=/?#@%".Contains(Peek(1)) && Peek(1) != '\0') { _pos += 2; }
            else if (c == ':' || IsPnCharsU(c) || char.IsAsciiDigit(c) || char.IsSurrogate(c) || (!first && IsPnChars(c))) Advance();
            else if (!first && c == '.' && LocalContinues(1)) _pos++;
            else break;
            first = false;
        }
    }

    private bool LocalContinues(int k)
    {
        var c = Peek(k);
        while (c == '.') c = Peek(++k);
        return IsPnChars(c) || c == ':' || c == '%' || c == '\\' || char.IsSurrogate(c);
    }

    private void ScanString(char quote, int line, int col)
    {
        var start = _pos;
        var longForm = Peek(1) == quote && Peek(2) == quote;
        _pos += longForm ? 3 : 1;
        while (true)
        {
            if (_pos >= text.Length) Fail("Unterminated string", start, line, col);
            var c = text[_pos];
            if (c == '\\')
            {
                if (!"tbnrf\"'\\uU".Contains(Peek(1)) || Peek(1) == '\0') { _pos++; Fail("Invalid escape sequence in string", start, line, col); }
                _pos += 2;
                continue;
            }
            if (c == quote)
            {
                if (!longForm) { _pos++; return; }
                if (Peek(1) == quote && Peek(2) == quote)
                {
                    _pos += 3;
                    while (Peek() == quote) _pos++; // """a"""" ends with the last three quotes
                    return;
                }
            }
            if (!longForm && c is '\n' or '\r') Fail("Line break in a short string (use a long string or \\n)", start, line, col);
            if (c == '\n') { _pos++; _line++; _lineStart = _pos; _surrogatesOnLine = 0; continue; }
            Advance();
        }
    }

    private static bool IsVarChar(char c, bool first) =>
        IsPnCharsU(c) || char.IsAsciiDigit(c) || char.IsSurrogate(c)
        || (!first && (c == '\u00B7' || (c >= '\u0300' && c <= '\u036F') || (c >= '\u203F' && c <= '\u2040')));

    internal static bool IsPnCharsBase(char c) =>
        char.IsAsciiLetter(c) || (c >= '\u00C0' && c <= '\u00D6') || (c >= '\u00D8' && c <= '\u00F6') || (c >= '\u00F8' && c <= '\u02FF')
        || (c >= '\u0370' && c <= '\u037D') || (c >= '\u037F' && c <= '\u1FFF') || (c >= '\u200C' && c <= '\u200D')
        || (c >= '\u2070' && c <= '\u218F') || (c >= '\u2C00' && c <= '\u2FEF') || (c >= '\u3001' && c <= '\uD7FF')
        || (c >= '\uF900' && c <= '\uFDCF') || (c >= '\uFDF0' && c <= '\uFFFD');

    private static bool IsPnCharsU(char c) => IsPnCharsBase(c) || c == '_';

    private static bool IsPnChars(char c) =>
        IsPnCharsU(c) || c == '-' || char.IsAsciiDigit(c) || c == '\u00B7' || (c >= '\u0300' && c <= '\u036F') || (c >= '\u203F' && c <= '\u2040');

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    private void Fail(string message, int start, int line, int col)
    {
        var end = Math.Min(Math.Max(_pos, start + 1), text.Length);
        throw new RdfSyntaxException(new SyntaxError(message, new TextPosition(line, col), text[start..end], file));
    }
}
