using Graph.Core.Terms;
using Graph.Core.Vocabularies;
using Graph.Sparql.Algebra;

namespace Graph.Sparql.Syntax;

internal sealed partial class QueryParser
{
    // [75] TriplesSameSubject ::= VarOrTerm PropertyListNotEmpty | TriplesNode PropertyList
    // [81] TriplesSameSubjectPath ::= VarOrTerm PropertyListPathNotEmpty | TriplesNodePath PropertyListPath
    private void TriplesSameSubject(List<SyntaxTriple> triples, TemplateMode mode)
    {
        if ((IsPunct("[") && !IsPunct(PeekToken(), "]")) || (IsPunct("(") && !IsPunct(PeekToken(), ")")))
        {
            var subject = TriplesNode(triples, mode);
            if (StartsVerb()) PropertyListNotEmpty(subject, triples, mode);
            return;
        }
        var s = VarOrTerm(mode);
        if (!StartsVerb()) Fail("a predicate (IRI, 'a', variable or path)");
        PropertyListNotEmpty(s, triples, mode);
    }

    private bool StartsVerb() =>
        Current.Kind is TokenKind.Var or TokenKind.IriRef or TokenKind.PrefixedName
        || IsKeywordA() || IsPunct("^") || IsPunct("!") || IsPunct("(");

    private bool IsKeywordA() => Current.Kind == TokenKind.Name && Current.Length == 1 && _text[Current.Start] == 'a';

    // [77] PropertyListNotEmpty ::= Verb ObjectList ( ';' ( Verb ObjectList )? )*
    // [83] PropertyListPathNotEmpty ::= ( VerbPath | VerbSimple ) ObjectListPath ( ';' ( ( VerbPath | VerbSimple ) ObjectList )? )*
    private void PropertyListNotEmpty(PatternNode subject, List<SyntaxTriple> triples, TemplateMode mode)
    {
        while (true)
        {
            PatternNode? predicate = null;
            PropertyPath? path = null;
            if (Current.Kind == TokenKind.Var) predicate = Var();
            else if (mode == TemplateMode.Pattern)
            {
                path = Path();
                if (path is PathLink link) { predicate = new TermNode(link.Predicate); path = null; }
            }
            else if (IsKeywordA()) { _i++; predicate = new TermNode(Rdf.Type); }
            else if (Current.Kind is TokenKind.IriRef or TokenKind.PrefixedName) predicate = new TermNode(Iri());
            else Fail("a predicate (IRI, 'a' or variable)");
            if (mode is TemplateMode.Data && predicate is Variable) Error("Variables are not allowed in INSERT DATA / DELETE DATA", PeekToken(-1));
            // [79] ObjectList ::= Object ( ',' Object )*
            do
            {
                var o = GraphNode(triples, mode);
                triples.Add(new SyntaxTriple(subject, predicate, path, o));
            }
            while (TryPunct(","));
            if (!TryPunct(";")) return;
            while (TryPunct(";")) { }
            if (!StartsVerb() || IsPunct("(")) return;
        }
    }

    // [98] TriplesNode ::= Collection | BlankNodePropertyList
    // [99] BlankNodePropertyList ::= '[' PropertyListNotEmpty ']'
    // [102] Collection ::= '(' GraphNode+ ')'
    private PatternNode TriplesNode(List<SyntaxTriple> triples, TemplateMode mode)
    {
        Enter(ref _patterns);
        var node = TriplesNodeBody(triples, mode);
        Exit(ref _patterns);
        return node;
    }

    private PatternNode TriplesNodeBody(List<SyntaxTriple> triples, TemplateMode mode)
    {
        if (BlankNodesForbidden(mode))
            Error("Blank nodes are not allowed here", Current);
        if (TryPunct("["))
        {
            var node = FreshNode(mode);
            if (!StartsVerb()) Fail("a predicate inside '[ ]'");
            PropertyListNotEmpty(node, triples, mode);
            ExpectPunct("]", "']' or ';'");
            return node;
        }
        ExpectPunct("(");
        var items = new List<PatternNode>();
        while (!TryPunct(")"))
        {
            if (Current.Kind == TokenKind.End) Fail("')' or a collection item");
            items.Add(GraphNode(triples, mode));
        }
        PatternNode head = new TermNode(Rdf.Nil);
        for (var k = items.Count - 1; k >= 0; k--)
        {
            var cell = FreshNode(mode);
            triples.Add(new SyntaxTriple(cell, new TermNode(Rdf.First), null, items[k]));
            triples.Add(new SyntaxTriple(cell, new TermNode(Rdf.Rest), null, head));
            head = cell;
        }
        return head;
    }

    // [104] GraphNode ::= VarOrTerm | TriplesNode
    private PatternNode GraphNode(List<SyntaxTriple> triples, TemplateMode mode)
    {
        if (IsPunct("[") && !IsPunct(PeekToken(), "]")) return TriplesNode(triples, mode);
        if (IsPunct("(") && !IsPunct(PeekToken(), ")")) return TriplesNode(triples, mode);
        return VarOrTerm(mode);
    }

    // [106] VarOrTerm ::= Var | GraphTerm
    // [109] GraphTerm ::= iri | RDFLiteral | NumericLiteral | BooleanLiteral | BlankNode | NIL
    // [138] BlankNode ::= BLANK_NODE_LABEL | ANON
    private PatternNode VarOrTerm(TemplateMode mode)
    {
        var t = Current;
        switch (t.Kind)
        {
            case TokenKind.Var:
                if (mode == TemplateMode.Data) Error("Variables are not allowed in INSERT DATA / DELETE DATA", t);
                return Var();
            case TokenKind.IriRef or TokenKind.PrefixedName: return new TermNode(Iri());
            case TokenKind.String or TokenKind.Integer or TokenKind.Decimal or TokenKind.Double: return new TermNode(LiteralTerm());
            case TokenKind.BlankNodeLabel:
                _i++;
                return BlankNodeLabel(t, mode);
        }
        if (IsKeyword("true") || IsKeyword("false")) return new TermNode(LiteralTerm());
        if (IsPunct("[") && IsPunct(PeekToken(), "]"))
        {
            if (BlankNodesForbidden(mode)) Error("Blank nodes are not allowed here", t);
            _i += 2;
            return FreshNode(mode);
        }
        if (IsPunct("(") && IsPunct(PeekToken(), ")")) { _i += 2; return new TermNode(Rdf.Nil); }
        Fail("a variable, an IRI, a literal or a blank node");
        return null;
    }

    private PatternNode BlankNodeLabel(Token t, TemplateMode mode)
    {
        var label = _text.Substring(t.Start + 2, t.Length - 2);
        if (BlankNodesForbidden(mode)) Error("Blank nodes are not allowed here", t);
        if (mode is TemplateMode.Template or TemplateMode.Data)
        {
            // Templates may share labels across operations (each instantiation is fresh); INSERT DATA blocks may not.
            if (_updateOperation >= 0 && mode == TemplateMode.Data)
            {
                if (_dataLabelOperation.TryGetValue(label, out var op) && op != _updateOperation)
                    Error($"Blank node label _:{label} is used in two INSERT DATA operations of the same request", t);
                _dataLabelOperation[label] = _updateOperation;
            }
            return new TermNode(new BlankNode(label));
        }
        if (_labelBlock.TryGetValue(label, out var block) && block != _blockId)
            Error($"Blank node label _:{label} is used in two basic graph patterns", t);
        _labelBlock[label] = _blockId;
        if (_updateOperation >= 0)
        {
            if (_labelOperation.TryGetValue(label, out var op) && op != _updateOperation)
                Error($"Blank node label _:{label} is used in two WHERE clauses of the same request", t);
            _labelOperation[label] = _updateOperation;
        }
        return new Variable("_:" + label);
    }

    private bool BlankNodesForbidden(TemplateMode mode) => mode == TemplateMode.NoBlankNodes || (mode == TemplateMode.Data && _deleteData);

    // [88] Path ::= PathAlternative
    // [89] PathAlternative ::= PathSequence ( '|' PathSequence )*
    private PropertyPath Path()
    {
        Enter(ref _paths);
        var p = PathSequence();
        while (TryPunct("|")) { Count(ref _paths); p = new PathAlternative(p, PathSequence()); }
        Exit(ref _paths);
        return p;
    }

    // [90] PathSequence ::= PathEltOrInverse ( '/' PathEltOrInverse )*
    private PropertyPath PathSequence()
    {
        var p = PathEltOrInverse();
        while (TryPunct("/")) { Count(ref _paths); p = new PathSequence(p, PathEltOrInverse()); }
        return p;
    }

    // [92] PathEltOrInverse ::= PathElt | '^' PathElt
    // [91] PathElt ::= PathPrimary PathMod?
    // [93] PathMod ::= '?' | '*' | '+'
    private PropertyPath PathEltOrInverse()
    {
        var inverse = TryPunct("^");
        var p = PathPrimary();
        if (TryPunct("?")) p = new PathZeroOrOne(p);
        else if (TryPunct("*")) p = new PathZeroOrMore(p);
        else if (TryPunct("+")) p = new PathOneOrMore(p);
        return inverse ? new PathInverse(p) : p;
    }

    // [94] PathPrimary ::= iri | 'a' | '!' PathNegatedPropertySet | '(' Path ')'
    private PropertyPath PathPrimary()
    {
        if (IsKeywordA()) { _i++; return new PathLink(Rdf.Type); }
        if (Current.Kind is TokenKind.IriRef or TokenKind.PrefixedName) return new PathLink(Iri());
        if (TryPunct("("))
        {
            var p = Path();
            ExpectPunct(")", "')' or a path operator");
            return p;
        }
        if (TryPunct("!"))
        {
            // [95] PathNegatedPropertySet ::= PathOneInPropertySet | '(' ( PathOneInPropertySet ( '|' PathOneInPropertySet )* )? ')'
            var forward = new List<Iri>();
            var inverse = new List<Iri>();
            if (TryPunct("("))
            {
                if (!IsPunct(")"))
                {
                    do PathOneInPropertySet(forward, inverse);
                    while (TryPunct("|"));
                }
                ExpectPunct(")", "')' or '|'");
            }
            else PathOneInPropertySet(forward, inverse);
            return new PathNegatedPropertySet(forward, inverse);
        }
        Fail("a predicate (IRI, 'a', variable or path)");
        return null;
    }

    // [96] PathOneInPropertySet ::= iri | 'a' | '^' ( iri | 'a' )
    private void PathOneInPropertySet(List<Iri> forward, List<Iri> inverse)
    {
        var list = TryPunct("^") ? inverse : forward;
        if (IsKeywordA()) { _i++; list.Add(Rdf.Type); }
        else if (Current.Kind is TokenKind.IriRef or TokenKind.PrefixedName) list.Add(Iri());
        else Fail("an IRI or 'a' in a negated property set");
    }
}
