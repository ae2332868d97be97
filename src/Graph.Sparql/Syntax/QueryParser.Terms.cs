using System.Globalization;
using System.Text;
using Graph.Core.Terms;
using Graph.Core.Vocabularies;
using Graph.Sparql.Algebra;

namespace Graph.Sparql.Syntax;

internal sealed partial class QueryParser
{
    // [108] Var ::= VAR1 | VAR2
    private Variable Var()
    {
        var t = Current;
        _i++;
        return new Variable(_text.Substring(t.Start + 1, t.Length - 1));
    }

    private Variable ExpectVar()
    {
        if (Current.Kind != TokenKind.Var) Fail("a variable");
        return Var();
    }

    // [107] VarOrIri ::= Var | iri
    private PatternNode VarOrIri()
    {
        if (Current.Kind == TokenKind.Var) return Var();
        if (Current.Kind is TokenKind.IriRef or TokenKind.PrefixedName) return new TermNode(Iri());
        Fail("a variable or an IRI");
        return null;
    }

    // [136] iri ::= IRIREF | PrefixedName
    // [137] PrefixedName ::= PNAME_LN | PNAME_NS
    private Iri Iri()
    {
        var t = Current;
        if (t.Kind == TokenKind.IriRef) { _i++; return new Iri(ResolveIri(IriText(t))); }
        if (t.Kind != TokenKind.PrefixedName) Fail("an IRI");
        _i++;
        var span = t.Span(_text);
        var colon = span.IndexOf(':');
        var prefix = span[..colon].ToString();
        if (!_prefixes.TryGetValue(prefix, out var ns)) Error($"Undefined prefix '{prefix}:'", t);
        return new Iri(ns + UnescapeLocal(span[(colon + 1)..]));
    }

    private static string UnescapeLocal(ReadOnlySpan<char> local)
    {
        if (local.IndexOf('\\') < 0) return local.ToString();
        var sb = new StringBuilder(local.Length);
        for (var k = 0; k < local.Length; k++)
        {
            if (local[k] == '\\') k++;
            sb.Append(local[k]);
        }
        return sb.ToString();
    }

    /// <summary>The IRIREF's content, with \u escapes decoded; rejects characters the IRIREF terminal excludes.</summary>
    private string IriText(Token t)
    {
        var raw = _text.AsSpan(t.Start + 1, t.Length - 2);
        if (raw.IndexOf('\\') < 0) return raw.ToString();
        var s = Unescape(raw, t);
        foreach (var c in s)
            if (c <= ' ' || c is '<' or '>' or '"' or '{' or '}' or '|' or '^' or '`' or '\\')
                Error("Character not allowed in an IRI (even escaped)", t);
        return s;
    }

    // [129] RDFLiteral ::= String ( LANGTAG | ( '^^' iri ) )?
    // [130] NumericLiteral ::= NumericLiteralUnsigned | NumericLiteralPositive | NumericLiteralNegative
    // [134] BooleanLiteral ::= 'true' | 'false'
    private Literal LiteralTerm()
    {
        var t = Current;
        switch (t.Kind)
        {
            case TokenKind.Integer or TokenKind.Decimal or TokenKind.Double:
                _i++;
                return NumericLiteral(t, skipSign: false);
            case TokenKind.String:
            {
                _i++;
                var value = StringValue(t);
                if (Current.Kind == TokenKind.LangTag)
                {
                    var tag = Current.Text(_text)[1..];
                    _i++;
                    return new Literal(value, tag);
                }
                if (TryPunct("^^")) return new Literal(value, Iri());
                return Literal.String(value);
            }
        }
        if (TryKeyword("true")) return Literal.Boolean(true);
        if (TryKeyword("false")) return Literal.Boolean(false);
        Fail("a literal");
        return null;
    }

    private Literal NumericLiteral(Token t, bool skipSign)
    {
        var text = t.Text(_text);
        if (skipSign) text = text[1..];
        var dt = t.Kind switch
        {
            TokenKind.Integer => Xsd.Integer,
            TokenKind.Decimal => Xsd.Decimal,
            TokenKind.Double => Xsd.Double,
            _ => throw new System.Diagnostics.UnreachableException(t.Kind.ToString()),
        };
        return new Literal(text, dt);
    }

    // [135] String ::= STRING_LITERAL1 | STRING_LITERAL2 | STRING_LITERAL_LONG1 | STRING_LITERAL_LONG2
    private string StringValue(Token t)
    {
        var span = t.Span(_text);
        var q = span[0];
        var longForm = span.Length >= 6 && span[1] == q && span[2] == q;
        var body = longForm ? span[3..^3] : span[1..^1];
        return body.IndexOf('\\') < 0 ? body.ToString() : Unescape(body, t);
    }

    /// <summary>Decodes ECHAR and UCHAR escapes (\t \n … \uXXXX \UXXXXXXXX).</summary>
    private string Unescape(ReadOnlySpan<char> s, Token t)
    {
        var sb = new StringBuilder(s.Length);
        for (var k = 0; k < s.Length; k++)
        {
            var c = s[k];
            if (c != '\\') { sb.Append(c); continue; }
            var e = k + 1 < s.Length ? s[k + 1] : '\0';
            k++;
            switch (e)
            {
                case 't': sb.Append('\t'); break;
                case 'b': sb.Append('\b'); break;
                case 'n': sb.Append('\n'); break;
                case 'r': sb.Append('\r'); break;
                case 'f': sb.Append('\f'); break;
                case '"': sb.Append('"'); break;
                case '\'': sb.Append('\''); break;
                case '\\': sb.Append('\\'); break;
                case 'u' or 'U':
                {
                    var n = e == 'u' ? 4 : 8;
                    if (k + n >= s.Length || s.Slice(k + 1, n).ContainsAnyExcept("0123456789abcdefABCDEF")) Error("Invalid \\u escape", t);
                    // Unsigned: eight hex digits can exceed int.MaxValue (\UA0000000), which must be an error, not a negative code point.
                    var cp = uint.Parse(s.Slice(k + 1, n), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
                    if (!Rune.IsValid(cp)) Error("Invalid \\u escape: not a Unicode scalar value", t);
                    sb.Append(char.ConvertFromUtf32((int)cp));
                    k += n;
                    break;
                }
                default: Error("Invalid escape sequence", t); break;
            }
        }
        return sb.ToString();
    }
}
