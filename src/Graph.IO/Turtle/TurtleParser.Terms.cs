using Graph.Core.Iris;
using Graph.Core.Terms;
using Graph.Core.Vocabularies;
using Graph.IO.Text;

namespace Graph.IO.Turtle;

internal sealed partial class TurtleParser
{
    private static readonly Literal True = new("true", Xsd.Boolean);
    private static readonly Literal False = new("false", Xsd.Boolean);

    private readonly Dictionary<string, string> _prefixes = new(StringComparer.Ordinal);
    // Keyed by the raw token bytes; IRI references depend on the base, prefixed names on the prefixes.
    private readonly TermCache<Iri> _iriRefs = new(4096);
    private readonly TermCache<Iri> _prefixedNames = new(4096);
    private readonly TermCache<string> _languages = new(256);
    private char[] _chars = new char[256];
    private string? _base;

    /// <summary>An IRI, prefixed name or blank node label (the current token), then advances.</summary>
    private Term SimpleTerm()
    {
        Term term = _tok.Kind switch
        {
            TurtleTokenKind.IriRef => ResolveIriRef(),
            TurtleTokenKind.PrefixedName => ExpandPrefixedName(),
            TurtleTokenKind.BlankNodeLabel => _blankNodes.Labeled(_buf.AsSpan(_tok.Start + 2, _tok.Length - 2)),
            _ => throw new System.Diagnostics.UnreachableException(_tok.Kind.ToString()),
        };
        Advance();
        return term;
    }

    // [135s] iri ::= IRIREF | PrefixedName   (the IRIREF part: decode escapes, resolve against the base)
    private Iri ResolveIriRef()
    {
        var raw = _buf.AsSpan(_tok.Start + 1, _tok.Length - 2);
        var iri = _iriRefs.Get(raw, out var slot);
        if (iri is not null) return iri;
        var reference = _tok.Escaped
            ? Utf8Chars.Unescape(raw, echar: false, ref _chars, out var bad, out var why) ?? throw ErrorAt(why!, _tok.Start + 1 + bad, EscapeLength(raw[bad..]))
            : Utf8Chars.GetString(raw);
        iri = new Iri(Resolve(reference));
        _iriRefs.Set(slot, raw, iri);
        return iri;
    }

    private string Resolve(string reference)
    {
        // Most IRIs in real data are absolute and have no dot segments: no need to take them apart.
        if (IriResolver.IsAbsolute(reference) && !reference.Contains("/.", StringComparison.Ordinal)) return reference;
        return IriResolver.Resolve(_base, reference);
    }

    // [136s] PrefixedName ::= PNAME_LN | PNAME_NS
    private Iri ExpandPrefixedName()
    {
        var raw = TokenBytes;
        var iri = _prefixedNames.Get(raw, out var slot);
        if (iri is not null) return iri;
        var prefix = Utf8Chars.GetString(_buf.AsSpan(_tok.Start, _tok.Split - _tok.Start));
        if (!_prefixes.TryGetValue(prefix, out var ns)) throw Error($"undefined prefix '{prefix}:'; declare it with @prefix or PREFIX");
        var local = _buf.AsSpan(_tok.Split + 1, _tok.End - _tok.Split - 1);
        iri = new Iri(local.IsEmpty ? ns : ns + LocalName(local));
        _prefixedNames.Set(slot, raw, iri);
        return iri;
    }

    /// <summary>A local name with its PN_LOCAL_ESC backslashes removed (percent-encodings stay as written).</summary>
    private string LocalName(ReadOnlySpan<byte> local)
    {
        if (!_tok.Escaped) return Utf8Chars.GetString(local);
        Span<byte> copy = local.Length <= 512 ? stackalloc byte[local.Length] : new byte[local.Length];
        var n = 0;
        for (var i = 0; i < local.Length; i++)
        {
            if (local[i] == '\\') i++;
            copy[n++] = local[i];
        }
        return Utf8Chars.GetString(copy[..n]);
    }

    // [12] object ::= iri | BlankNode | collection | blankNodePropertyList | literal
    private Term Object()
    {
        switch (_tok.Kind)
        {
            case TurtleTokenKind.IriRef or TurtleTokenKind.PrefixedName or TurtleTokenKind.BlankNodeLabel:
                return SimpleTerm();
            case TurtleTokenKind.OpenBracket or TurtleTokenKind.OpenParen:
                return TriplesStart(out _);
            case TurtleTokenKind.String:
                return RdfLiteral();
            case TurtleTokenKind.Integer or TurtleTokenKind.Decimal or TurtleTokenKind.Double:
                return NumericLiteral();
            case TurtleTokenKind.Name when TokenBytes.SequenceEqual("true"u8):
                Advance();
                return True;
            case TurtleTokenKind.Name when TokenBytes.SequenceEqual("false"u8):
                Advance();
                return False;
            default:
                throw Error("expected an object (an IRI, a prefixed name, a blank node, a collection or a literal)");
        }
    }

    // [15] collection ::= '(' object* ')'
    private Term Collection()
    {
        Advance();
        if (_tok.Kind == TurtleTokenKind.CloseParen)
        {
            Advance();
            return Rdf.Nil;
        }
        var head = _blankNodes.Fresh();
        var node = head;
        while (true)
        {
            Emit(node, Rdf.First, Object());
            if (_tok.Kind == TurtleTokenKind.CloseParen)
            {
                Advance();
                Emit(node, Rdf.Rest, Rdf.Nil);
                return head;
            }
            if (_tok.Kind == TurtleTokenKind.EndOfInput) throw Error("expected ')' to close the collection");
            var next = _blankNodes.Fresh();
            Emit(node, Rdf.Rest, next);
            node = next;
        }
    }

    // [13] literal ::= RDFLiteral | NumericLiteral | BooleanLiteral
    // [16] NumericLiteral ::= INTEGER | DECIMAL | DOUBLE
    private Literal NumericLiteral()
    {
        var datatype = _tok.Kind switch
        {
            TurtleTokenKind.Integer => Xsd.Integer,
            TurtleTokenKind.Decimal => Xsd.Decimal,
            _ => Xsd.Double,
        };
        var literal = new Literal(Utf8Chars.GetString(TokenBytes), datatype);
        Advance();
        return literal;
    }

    // [128s] RDFLiteral ::= String (LANGTAG | '^^' iri)?
    private Literal RdfLiteral()
    {
        var q = _tok.Split;
        var raw = _buf.AsSpan(_tok.Start + q, _tok.Length - 2 * q);
        var lexical = _tok.Escaped
            ? Utf8Chars.Unescape(raw, echar: true, ref _chars, out var bad, out var why) ?? throw ErrorAt(why!, _tok.Start + q + bad, EscapeLength(raw[bad..]))
            : Utf8Chars.GetString(raw);
        Advance();
        if (_tok.Kind == TurtleTokenKind.LangTag)
        {
            var language = Language(TokenBytes[1..]);
            Advance();
            return new Literal(lexical, language);
        }
        if (_tok.Kind == TurtleTokenKind.DoubleCaret)
        {
            Advance();
            if (_tok.Kind is not (TurtleTokenKind.IriRef or TurtleTokenKind.PrefixedName)) throw Error("expected a datatype IRI after '^^'");
            return new Literal(lexical, (Iri)SimpleTerm());
        }
        return new Literal(lexical, Xsd.String);
    }

    private static int EscapeLength(ReadOnlySpan<byte> escape) => Math.Max(2, Utf8Chars.UcharLength(escape));

    private string Language(ReadOnlySpan<byte> tag)
    {
        var s = _languages.Get(tag, out var slot);
        if (s is not null) return s;
        s = Utf8Chars.GetString(tag).ToLowerInvariant();
        _languages.Set(slot, tag, s);
        return s;
    }
}
