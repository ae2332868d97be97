using System.Runtime.CompilerServices;
using Graph.Core.Terms;
using Graph.Core.Vocabularies;
using Graph.IO.Text;

namespace Graph.IO.Turtle;

internal sealed partial class TurtleParser
{
    /// <summary>The graph of the statements being read: null for the default graph (always, in Turtle).</summary>
    private Term? _graph;

    // [1]  turtleDoc ::= statement*
    // [1g] trigDoc   ::= (directive | block)*
    public void ParseDocument()
    {
        Advance();
        while (_tok.Kind != TurtleTokenKind.EndOfInput)
        {
            try
            {
                Statement();
            }
            catch (ParseAbort)
            {
                if (_errors.IsFull) break;
                _graph = null;
                Recover(inGraph: false);
            }
        }
        _errors.ThrowIfAny();
    }

    // [2] statement ::= directive | triples '.'
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Statement()
    {
        if (TryDirective()) return;
        if (_trig)
        {
            Block();
            return;
        }
        Triples();
        Expect(TurtleTokenKind.Dot, "expected '.' to end the triples (or ';' or ',' to continue them)");
    }

    // [3] directive    ::= prefixID | base | sparqlPrefix | sparqlBase
    // [4] prefixID     ::= '@prefix' PNAME_NS IRIREF '.'
    // [5] base         ::= '@base' IRIREF '.'
    // [5s] sparqlBase   ::= "BASE" IRIREF
    // [6s] sparqlPrefix ::= "PREFIX" PNAME_NS IRIREF
    private bool TryDirective()
    {
        bool sparql;
        bool isPrefix;
        if (_tok.Kind == TurtleTokenKind.LangTag)
        {
            var word = TokenBytes[1..];
            if (word.SequenceEqual("prefix"u8)) isPrefix = true;
            else if (word.SequenceEqual("base"u8)) isPrefix = false;
            else throw Error("expected a subject, @prefix or @base");
            sparql = false;
        }
        else if (_tok.Kind == TurtleTokenKind.Name && IsKeyword("PREFIX"u8)) { isPrefix = true; sparql = true; }
        else if (_tok.Kind == TurtleTokenKind.Name && IsKeyword("BASE"u8)) { isPrefix = false; sparql = true; }
        else return false;

        Advance();
        if (isPrefix)
        {
            if (_tok.Kind != TurtleTokenKind.PrefixedName || _tok.Split != _tok.End - 1) throw Error("expected a prefix name ending with ':'");
            var prefixBytes = _buf.AsSpan(_tok.Start, _tok.Split - _tok.Start).ToArray();
            Advance();
            if (_tok.Kind != TurtleTokenKind.IriRef) throw Error("expected the namespace IRI in angle brackets");
            var ns = ResolveIriRef().Value;
            DeclarePrefix(prefixBytes, ns);
            var prefix = Utf8Chars.GetString(prefixBytes);
            Advance();
            if (!sparql) Expect(TurtleTokenKind.Dot, "expected '.' after the @prefix declaration");
            _sink.OnPrefix(prefix, ns);
        }
        else
        {
            if (_tok.Kind != TurtleTokenKind.IriRef) throw Error("expected the base IRI in angle brackets");
            var newBase = ResolveIriRef().Value;
            _base = newBase;
            _iriRefs.Clear();
            Advance();
            if (!sparql) Expect(TurtleTokenKind.Dot, "expected '.' after the @base declaration");
            _sink.OnBase(newBase);
        }
        return true;
    }

    private bool IsKeyword(ReadOnlySpan<byte> upper)
    {
        var word = TokenBytes;
        if (word.Length != upper.Length) return false;
        for (var i = 0; i < word.Length; i++)
            if ((word[i] & ~0x20) != upper[i]) return false;
        return true;
    }

    // [2g] block ::= triplesOrGraph | wrappedGraph | triples2 | "GRAPH" labelOrSubject wrappedGraph
    // [3g] triplesOrGraph ::= labelOrSubject (wrappedGraph | predicateObjectList '.')
    // [4g] triples2 ::= blankNodePropertyList predicateObjectList? '.' | collection predicateObjectList '.'
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Block()
    {
        switch (_tok.Kind)
        {
            case TurtleTokenKind.OpenBrace:
                WrappedGraph(null);
                return;
            case TurtleTokenKind.Name when IsKeyword("GRAPH"u8):
                Advance();
                var label = LabelOrSubject() ?? throw Error("expected a graph name (an IRI or a blank node) after GRAPH");
                if (_tok.Kind != TurtleTokenKind.OpenBrace) throw Error("expected '{' to open the graph");
                WrappedGraph(label);
                return;
            case TurtleTokenKind.OpenBracket or TurtleTokenKind.OpenParen:
                var isList = _tok.Kind == TurtleTokenKind.OpenParen;
                var subject = TriplesStart(out var isAnon);
                if (isAnon && _tok.Kind == TurtleTokenKind.OpenBrace)
                {
                    WrappedGraph(subject);
                    return;
                }
                TriplesRest(subject, isAnon || isList);
                break;
            default:
                var s = LabelOrSubject() ?? throw Error("expected a subject, a graph or a directive");
                if (_tok.Kind == TurtleTokenKind.OpenBrace)
                {
                    WrappedGraph(s);
                    return;
                }
                PredicateObjectList(s);
                break;
        }
        Expect(TurtleTokenKind.Dot, "expected '.' to end the triples (or ';' or ',' to continue them)");
    }

    // [5g] wrappedGraph ::= '{' triplesBlock? '}'
    // [6g] triplesBlock ::= triples ('.' triplesBlock?)?
    private void WrappedGraph(Term? label)
    {
        _graph = label;
        Advance();
        while (_tok.Kind != TurtleTokenKind.CloseBrace)
        {
            try
            {
                Triples();
                if (_tok.Kind == TurtleTokenKind.Dot) Advance();
                else if (_tok.Kind != TurtleTokenKind.CloseBrace) throw Error("expected '.' or '}' after the triples");
            }
            catch (ParseAbort)
            {
                if (_errors.IsFull || _tok.Kind == TurtleTokenKind.EndOfInput) throw;
                Recover(inGraph: true);
            }
        }
        Advance();
        _graph = null;
    }

    // [7g] labelOrSubject ::= iri | BlankNode
    private Term? LabelOrSubject() => _tok.Kind switch
    {
        TurtleTokenKind.IriRef or TurtleTokenKind.PrefixedName or TurtleTokenKind.BlankNodeLabel => SimpleTerm(),
        TurtleTokenKind.OpenBracket => TriplesStart(out var anon) is var b && anon ? b : throw Error("expected ']' (a graph name can only be an empty [])"),
        _ => null,
    };

    // [6] triples ::= subject predicateObjectList | blankNodePropertyList predicateObjectList?
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Triples()
    {
        if (_tok.Kind is TurtleTokenKind.OpenBracket or TurtleTokenKind.OpenParen)
        {
            var isList = _tok.Kind == TurtleTokenKind.OpenParen;
            var subject = TriplesStart(out var isAnon);
            TriplesRest(subject, isAnon || isList);
            return;
        }
        PredicateObjectList(Subject());
    }

    /// <summary>
    /// Nesting of collections and blank node property lists deeper than this is a syntax error: the parser recurses
    /// once per level, and hostile input must not overflow the stack (found by fuzz/; no real document comes close).
    /// </summary>
    internal const int MaxNesting = 1000;

    private int _depth;

    /// <summary>Reads a subject that starts with '[' or '(': ANON, a blank node property list, or a collection.</summary>
    private Term TriplesStart(out bool isAnon)
    {
        if (_depth >= MaxNesting) throw Error($"collections and blank node property lists nest deeper than {MaxNesting} levels");
        _depth++;
        try
        {
            return NestedTriplesStart(out isAnon);
        }
        finally
        {
            _depth--;
        }
    }

    private Term NestedTriplesStart(out bool isAnon)
    {
        isAnon = false;
        if (_tok.Kind == TurtleTokenKind.OpenParen) return Collection();
        Advance();
        var node = _blankNodes.Fresh();
        if (_tok.Kind == TurtleTokenKind.CloseBracket)
        {
            isAnon = true;
            Advance();
            return node;
        }
        PredicateObjectList(node);
        Expect(TurtleTokenKind.CloseBracket, "expected ']' to close the blank node property list");
        return node;
    }

    private void TriplesRest(Term subject, bool mustHavePredicates)
    {
        // A blank node property list may stand alone; ANON and collections need predicates.
        if (!mustHavePredicates && !StartsVerb()) return;
        PredicateObjectList(subject);
    }

    private bool StartsVerb() =>
        _tok.Kind is TurtleTokenKind.IriRef or TurtleTokenKind.PrefixedName
        || (_tok.Kind == TurtleTokenKind.Name && TokenBytes.SequenceEqual("a"u8));

    // [7] predicateObjectList ::= verb objectList (';' (verb objectList)?)*
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void PredicateObjectList(Term subject)
    {
        ObjectList(subject, Verb());
        while (_tok.Kind == TurtleTokenKind.Semicolon)
        {
            Advance();
            if (StartsVerb()) ObjectList(subject, Verb());
        }
    }

    // [8] objectList ::= object (',' object)*
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void ObjectList(Term subject, Term predicate)
    {
        Emit(subject, predicate, Object());
        while (_tok.Kind == TurtleTokenKind.Comma)
        {
            Advance();
            Emit(subject, predicate, Object());
        }
    }

    // [9] verb ::= predicate | 'a'
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Term Verb()
    {
        if (_tok.Kind == TurtleTokenKind.Name && TokenBytes.SequenceEqual("a"u8))
        {
            Advance();
            return Rdf.Type;
        }
        if (_tok.Kind is TurtleTokenKind.IriRef or TurtleTokenKind.PrefixedName) return SimpleTerm();
        throw Error("expected a predicate (an IRI, a prefixed name or 'a')");
    }

    // [10] subject ::= iri | BlankNode | collection
    private Term Subject() => _tok.Kind switch
    {
        TurtleTokenKind.IriRef or TurtleTokenKind.PrefixedName or TurtleTokenKind.BlankNodeLabel => SimpleTerm(),
        _ => throw Error(_trig ? "expected a subject, a graph or a directive" : "expected a subject (an IRI, a prefixed name, a blank node or a collection) or a directive"),
    };
}
