using System.Runtime.CompilerServices;
using System.Text;
using Graph.Core.Iris;
using Graph.Core.Terms;
using Graph.Core.Vocabularies;
using Graph.IO.Text;

namespace Graph.IO.Turtle;

internal sealed partial class TurtleParser
{
    private static readonly Literal True = new("true", Xsd.Boolean);
    private static readonly Literal False = new("false", Xsd.Boolean);

    private readonly List<(byte[] Prefix, string Namespace)> _prefixBytes = [];
    // Keyed by the raw token bytes; IRI references depend on the base, prefixed names on the prefixes.
    private readonly TermCache<Iri> _iriRefs = new(1024, 128);
    private readonly TermCache<Iri> _prefixedNames = new(1024, 96);
    private readonly TermCache<string> _languages = new(128, 32);
    // The lexical form decides the datatype ('.' for decimals, 'e' for doubles), so the bytes alone are the key.
    private readonly TermCache<Literal> _numbers = new(512, 32);
    private char[] _chars = new char[256];
    private string? _base;

    /// <summary>An IRI, prefixed name or blank node label (the current token), then advances.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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
        var ns = Namespace(_buf.AsSpan(_tok.Start, _tok.Split - _tok.Start));
        var local = _buf.AsSpan(_tok.Split + 1, _tok.End - _tok.Split - 1);
        iri = new Iri(local.IsEmpty ? ns : Concat(ns, local, _tok.Escaped));
        _prefixedNames.Set(slot, raw, iri);
        return iri;
    }

    /// <summary>The namespace a declared prefix stands for (documents declare few prefixes: a linear search over bytes is quickest).</summary>
    private string Namespace(ReadOnlySpan<byte> prefix)
    {
        foreach (var (bytes, ns) in _prefixBytes)
            if (prefix.SequenceEqual(bytes)) return ns;
        var name = Utf8Chars.GetString(prefix);
        throw Error($"undefined prefix '{name}:'; declare it with @prefix or PREFIX");
    }

    private void DeclarePrefix(byte[] prefix, string ns)
    {
        _prefixBytes.RemoveAll(p => prefix.AsSpan().SequenceEqual(p.Prefix));
        _prefixBytes.Add((prefix, ns));
        _prefixedNames.Clear();
    }

    /// <summary>The namespace followed by the local name, with its PN_LOCAL_ESC backslashes removed (percent-encodings stay as written).</summary>
    private string Concat(string ns, ReadOnlySpan<byte> local, bool escaped)
    {
        var max = ns.Length + local.Length;
        if (_chars.Length < max) _chars = new char[Math.Max(max, _chars.Length * 2)];
        ns.CopyTo(_chars);
        var n = ns.Length;
        if (!escaped)
        {
            n += Encoding.UTF8.GetChars(local, _chars.AsSpan(n));
        }
        else
        {
            var start = 0;
            for (var i = 0; i < local.Length; i++)
            {
                if (local[i] != '\\') continue;
                n += Encoding.UTF8.GetChars(local[start..i], _chars.AsSpan(n));
                start = i + 1;
                i++;
            }
            n += Encoding.UTF8.GetChars(local[start..], _chars.AsSpan(n));
        }
        return new string(_chars, 0, n);
    }

    // [12] object ::= iri | BlankNode | collection | blankNodePropertyList | literal
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Literal NumericLiteral()
    {
        var literal = _numbers.Get(TokenBytes, out var slot);
        if (literal is null)
        {
            var datatype = _tok.Kind switch
            {
                TurtleTokenKind.Integer => Xsd.Integer,
                TurtleTokenKind.Decimal => Xsd.Decimal,
                _ => Xsd.Double,
            };
            literal = new Literal(Utf8Chars.GetString(TokenBytes), datatype);
            _numbers.Set(slot, TokenBytes, literal);
        }
        Advance();
        return literal;
    }

    // [128s] RDFLiteral ::= String (LANGTAG | '^^' iri)?
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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
