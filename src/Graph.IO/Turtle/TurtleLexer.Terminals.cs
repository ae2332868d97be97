using System.Runtime.CompilerServices;
using System.Buffers;
using Graph.IO.Text;

namespace Graph.IO.Turtle;

internal ref partial struct TurtleLexer
{
    // IRIREF ::= '<' ([^#x00-#x20<>"{}|^`\] | UCHAR)* '>'
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void LexIri(ref TurtleToken t)
    {
        var start = _i;
        var j = _i + 1;
        while (true)
        {
            var k = _s[j..].IndexOfAny(Utf8Chars.IriStop);
            if (k < 0)
            {
                _hitEnd = true;
                Fail(ref t, "unterminated IRI: expected '>'", start, _s.Length);
                return;
            }
            j += k;
            var b = _s[j];
            if (b == '>') break;
            if (b != '\\')
            {
                Fail(ref t, "invalid character in IRI (spaces, controls and <>\"{}|^`\\ must be written as \\u escapes)", j, j + 1);
                return;
            }
            t.Escaped = true;
            var n = Utf8Chars.UcharLength(_s[j..]);
            if (n == 0)
            {
                if (_s.Length - j < 10) _hitEnd = true;
                Fail(ref t, "invalid escape in IRI: expected \\uXXXX or \\UXXXXXXXX", j, j + 2);
                return;
            }
            j += n;
        }
        _i = j + 1;
        t.Kind = TurtleTokenKind.IriRef;
    }

    // STRING_LITERAL_QUOTE ::= '"' ([^#x22#x5C#xA#xD] | ECHAR | UCHAR)* '"'   (and the single-quote and long forms)
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void LexString(ref TurtleToken t, byte quote)
    {
        var start = _i;
        var isLong = At(_i + 1) == quote && At(_i + 2) == quote;
        if (At(_i + 1) == quote && !isLong && At(_i + 2) == -1 && !_final) return;
        _hitEnd = false;
        var q = isLong ? 3 : 1;
        var stop = isLong
            ? (quote == '"' ? Utf8Chars.LongDoubleQuoteStop : Utf8Chars.LongSingleQuoteStop)
            : (quote == '"' ? Utf8Chars.DoubleQuoteStop : Utf8Chars.SingleQuoteStop);
        var j = _i + q;
        t.Kind = TurtleTokenKind.String;
        t.Split = q;
        while (true)
        {
            var k = _s[j..].IndexOfAny(stop);
            if (k < 0)
            {
                _hitEnd = true;
                Fail(ref t, isLong ? $"unterminated long string: expected {new string((char)quote, 3)}" : $"unterminated string: expected {(char)quote}", start, _s.Length);
                return;
            }
            j += k;
            var b = _s[j];
            if (b == quote)
            {
                if (!isLong) break;
                var b1 = At(j + 1);
                var b2 = At(j + 2);
                if (b1 == quote && b2 == quote) break;
                if (b1 == -1 || b2 == -1) { if (!_final) return; }
                j++;
                continue;
            }
            if (b == '\n')
            {
                if (!isLong) { Fail(ref t, "line break in a string: expected its closing quote (use \\n, or a long string)", j, j + 1); return; }
                j++;
                NewLine(j);
                continue;
            }
            if (b == '\r') { Fail(ref t, "carriage return in a string: expected its closing quote (use \\r, or a long string)", j, j + 1); return; }
            // b == '\\'
            t.Escaped = true;
            var e = At(j + 1);
            if (e is 't' or 'b' or 'n' or 'r' or 'f' or '"' or '\'' or '\\') { j += 2; continue; }
            var n = Utf8Chars.UcharLength(_s[j..]);
            if (n == 0)
            {
                if (_s.Length - j < 10) _hitEnd = true;
                Fail(ref t, "invalid escape in string: expected one of \\t \\b \\n \\r \\f \\\" \\' \\\\ \\uXXXX \\UXXXXXXXX", j, j + 2);
                return;
            }
            j += n;
        }
        _i = j + q;
    }

    // LANGTAG ::= '@' [a-zA-Z]+ ('-' [a-zA-Z0-9]+)*
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void LexLangTag(ref TurtleToken t)
    {
        var length = Utf8Names.LanguageTag(_s[(_i + 1)..], out var scanned);
        if (_i + 1 + scanned >= _s.Length) _hitEnd = true;
        if (length == 0)
        {
            Fail(ref t, "expected a language tag, @prefix or @base after '@'", _i, _i + 1);
            return;
        }
        _i += 1 + length;
        t.Kind = TurtleTokenKind.LangTag;
    }

    // BLANK_NODE_LABEL ::= '_:' (PN_CHARS_U | [0-9]) ((PN_CHARS | '.')* PN_CHARS)?
    private void LexBlankNode(ref TurtleToken t)
    {
        if (At(_i + 1) != ':')
        {
            Fail(ref t, "expected '_:' to start a blank node label", _i, _i + 1);
            return;
        }
        var length = Utf8Names.BlankNodeLabel(_s[(_i + 2)..], out var scanned);
        if (_i + 2 + scanned >= _s.Length) _hitEnd = true;
        if (length == 0)
        {
            Fail(ref t, "expected a letter, digit or '_' to start the blank node label", _i + 2, _i + 3);
            return;
        }
        _i += 2 + length;
        t.Kind = TurtleTokenKind.BlankNodeLabel;
    }

    // PN_PREFIX ::= PN_CHARS_BASE ((PN_CHARS | '.')* PN_CHARS)?   then ':' for a prefixed name, else a bare word.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void LexWord(ref TurtleToken t)
    {
        var j = _i;
        var good = j;
        if (_s[j] < 0x80)
        {
            // Fast path: an ASCII prefix or keyword, found in one vectorised search.
            var run = _s[j..].IndexOfAnyExcept(PlainPrefixChars);
            if (run < 0) run = _s.Length - j;
            j += run;
            good = j;
            while (_s[good - 1] == '.') good--;
        }
        while (true)
        {
            var b = At(j);
            if (b < 0) break;
            if (b < 0x80)
            {
                if (b == '.') { j++; continue; }
                if (!(Utf8Chars.IsAsciiLetter((byte)b) || Utf8Chars.IsDigit((byte)b) || b is '_' or '-')) break;
                j++;
                good = j;
                continue;
            }
            var n = Utf8Chars.Decode(_s[j..], out var cp);
            if (n == 0) { _hitEnd = true; break; }
            if (n < 0 || !Utf8Chars.IsPnChars(cp)) break;
            j += n;
            good = j;
        }
        if (At(good) == ':')
        {
            LexPrefixedName(ref t, good);
            return;
        }
        _i = good;
        t.Kind = TurtleTokenKind.Name;
    }

    // PNAME_LN ::= PNAME_NS PN_LOCAL
    // PN_LOCAL ::= (PN_CHARS_U | ':' | [0-9] | PLX) ((PN_CHARS | '.' | ':' | PLX)* (PN_CHARS | ':' | PLX))?
    // PLX ::= PERCENT | PN_LOCAL_ESC
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void LexPrefixedName(ref TurtleToken t, int colon)
    {
        t.Kind = TurtleTokenKind.PrefixedName;
        t.Split = colon;
        var j = colon + 1;
        var good = j;
        // Fast path: most local names are plain ASCII; skip them in one vectorised search.
        if (j < _s.Length && _s[j] is not ((byte)'-' or (byte)'.'))
        {
            var run = _s[j..].IndexOfAnyExcept(PlainLocalChars);
            if (run < 0) run = _s.Length - j;
            j += run;
            good = j;
            while (good > colon + 1 && _s[good - 1] == '.') good--;
        }
        while (true)
        {
            var b = At(j);
            if (b < 0) break;
            var first = j == colon + 1;
            if (b < 0x80)
            {
                if (Utf8Chars.IsAsciiLetter((byte)b) || Utf8Chars.IsDigit((byte)b) || b is '_' or ':' || (b == '-' && !first))
                {
                    j++;
                    good = j;
                }
                else if (b == '.' && !first)
                {
                    j++;
                }
                else if (b == '%')
                {
                    var h1 = At(j + 1);
                    var h2 = At(j + 2);
                    if (h1 < 0 || h2 < 0) break;
                    if (!Utf8Chars.IsHex((byte)h1) || !Utf8Chars.IsHex((byte)h2))
                    {
                        Fail(ref t, "invalid percent-encoding in local name: expected '%' and two hexadecimal digits", j, j + 3);
                        return;
                    }
                    j += 3;
                    good = j;
                }
                else if (b == '\\')
                {
                    var e = At(j + 1);
                    if (e < 0) break;
                    if (!LocalEscapes.Contains((byte)e))
                    {
                        Fail(ref t, "invalid escape in local name: expected '\\' and one of _~.-!$&'()*+,;=/?#@%", j, j + 2);
                        return;
                    }
                    t.Escaped = true;
                    j += 2;
                    good = j;
                }
                else
                {
                    break;
                }
                continue;
            }
            var n = Utf8Chars.Decode(_s[j..], out var cp);
            if (n == 0) { _hitEnd = true; break; }
            if (n < 0 || !(first ? Utf8Chars.IsPnCharsU(cp) : Utf8Chars.IsPnChars(cp))) break;
            j += n;
            good = j;
        }
        _i = good;
    }

    private static readonly SearchValues<byte> PlainPrefixChars =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-."u8);

    private static readonly SearchValues<byte> PlainLocalChars =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-:."u8);

    // PN_LOCAL_ESC ::= '\' ('_' | '~' | '.' | '-' | '!' | '$' | '&' | "'" | '(' | ')' | '*' | '+' | ',' | ';' | '=' | '/' | '?' | '#' | '@' | '%')
    internal static readonly SearchValues<byte> LocalEscapes = SearchValues.Create("_~.-!$&'()*+,;=/?#@%"u8);

    // INTEGER ::= [+-]? [0-9]+
    // DECIMAL ::= [+-]? [0-9]* '.' [0-9]+
    // DOUBLE  ::= [+-]? ([0-9]+ '.' [0-9]* EXPONENT | '.' [0-9]+ EXPONENT | [0-9]+ EXPONENT)
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void LexNumber(ref TurtleToken t)
    {
        var j = _i;
        if (At(j) is '+' or '-') j++;
        var intStart = j;
        while (At(j) is >= '0' and <= '9') j++;
        var intDigits = j - intStart;
        var kind = TurtleTokenKind.Integer;
        var fracDigits = 0;
        if (At(j) == '.')
        {
            var k = j + 1;
            while (At(k) is >= '0' and <= '9') k++;
            fracDigits = k - j - 1;
            if (fracDigits > 0)
            {
                kind = TurtleTokenKind.Decimal;
                j = k;
            }
            else if (intDigits > 0 && At(k) is 'e' or 'E' && ExponentLength(k) > 0)
            {
                j = k;
            }
        }
        if (intDigits + fracDigits > 0 && At(j) is 'e' or 'E')
        {
            var e = ExponentLength(j);
            if (e > 0)
            {
                kind = TurtleTokenKind.Double;
                j += e;
            }
        }
        if (intDigits + fracDigits == 0)
        {
            Fail(ref t, "expected a number after the sign", _i, _i + 1);
            return;
        }
        _i = j;
        t.Kind = kind;
    }

    // EXPONENT ::= [eE] [+-]? [0-9]+
    private int ExponentLength(int j)
    {
        var k = j + 1;
        if (At(k) is '+' or '-') k++;
        var digits = k;
        while (At(k) is >= '0' and <= '9') k++;
        return k > digits ? k - j : 0;
    }
}
