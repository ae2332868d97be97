using Graph.Core.Terms;
using Graph.Sparql.Algebra;

namespace Graph.Sparql.Syntax;

internal sealed partial class QueryParser
{
    // Blank node labels may not be shared by two basic graph patterns (§4.1.4). Each triples block gets an id; FILTERs do
    // not end a block, every other element does. A label remembers the block of its first use.
    private readonly Dictionary<string, int> _labelBlock = new(StringComparer.Ordinal);
    private int _blockId;
    private int _freshCounter;

    private void NewBgp() => _blockId = ++_blockCounter;

    private int _blockCounter;

    // [53] GroupGraphPattern ::= '{' ( SubSelect | GroupGraphPatternSub ) '}'
    private GroupSyntax GroupGraphPattern()
    {
        Enter(ref _patterns);
        var group = GroupGraphPatternBody();
        Exit(ref _patterns);
        return group;
    }

    private GroupSyntax GroupGraphPatternBody()
    {
        ExpectPunct("{");
        if (IsKeyword("SELECT"))
        {
            var sub = SubSelect();
            ExpectPunct("}", "'}' after the sub-select");
            NewBgp();
            return new GroupSyntax([], sub);
        }
        var group = GroupGraphPatternSub();
        ExpectPunct("}", "'}' or a triple pattern");
        NewBgp();
        return group;
    }

    // [54] GroupGraphPatternSub ::= TriplesBlock? ( GraphPatternNotTriples '.'? TriplesBlock? )*
    // [56] GraphPatternNotTriples ::= GroupOrUnionGraphPattern | OptionalGraphPattern | MinusGraphPattern | GraphGraphPattern
    //                                | ServiceGraphPattern | Filter | Bind | InlineData
    private GroupSyntax GroupGraphPatternSub()
    {
        NewBgp();
        var elements = new List<GroupElement>();
        while (true)
        {
            var pos = Position;
            if (IsPunct("}") || Current.Kind == TokenKind.End) break;
            Count(ref _patterns);
            if (TryKeyword("FILTER")) { elements.Add(new FilterElement(Constraint(allowAggregates: false), pos)); TryPunct("."); continue; }
            GroupElement? element = null;
            if (IsPunct("{")) element = GroupOrUnionGraphPattern(pos);
            else if (TryKeyword("OPTIONAL")) element = new OptionalElement(GroupGraphPattern(), pos);
            else if (TryKeyword("MINUS")) element = new MinusElement(GroupGraphPattern(), pos);
            else if (TryKeyword("GRAPH")) { var g = VarOrIri(); element = new GraphElement(g, GroupGraphPattern(), pos); }
            else if (TryKeyword("SERVICE"))
            {
                // [59] ServiceGraphPattern ::= 'SERVICE' 'SILENT'? VarOrIri GroupGraphPattern
                var silent = TryKeyword("SILENT");
                var endpoint = VarOrIri();
                var start = Current.Start;
                var group = GroupGraphPattern();
                element = new ServiceElement(endpoint, silent, group, _text[start..(PeekToken(-1).Start + 1)], pos);
            }
            else if (TryKeyword("BIND"))
            {
                // [60] Bind ::= 'BIND' '(' Expression 'AS' Var ')'
                ExpectPunct("(");
                var e = Expression(allowAggregates: false);
                ExpectKeyword("AS");
                var v = ExpectVar();
                ExpectPunct(")");
                element = new BindElement(e, v, pos);
            }
            else if (TryKeyword("VALUES")) element = new ValuesElement(DataBlock(), pos);
            if (element is not null)
            {
                NewBgp();
                elements.Add(element);
                TryPunct(".");
                continue;
            }
            if (!StartsTriples()) Fail("'}' or a triple pattern");
            var triples = new List<SyntaxTriple>();
            // [55] TriplesBlock ::= TriplesSameSubjectPath ( '.' TriplesBlock? )?
            while (true)
            {
                TriplesSameSubject(triples, TemplateMode.Pattern);
                if (!TryPunct(".")) break;
                if (!StartsTriples()) break;
            }
            if (elements.Count > 0 && elements[^1] is TriplesElement previous) previous.Triples.AddRange(triples);
            else elements.Add(new TriplesElement(triples, pos));
            if (!(IsPunct("}") || IsKeyword("FILTER") || IsPunct("{") || IsKeyword("OPTIONAL") || IsKeyword("MINUS") || IsKeyword("GRAPH")
                  || IsKeyword("SERVICE") || IsKeyword("BIND") || IsKeyword("VALUES")))
                Fail("'.', '}' or a graph pattern");
        }
        return new GroupSyntax(elements, null);
    }

    private bool StartsTriples() =>
        Current.Kind is TokenKind.Var or TokenKind.IriRef or TokenKind.PrefixedName or TokenKind.BlankNodeLabel or TokenKind.String
            or TokenKind.Integer or TokenKind.Decimal or TokenKind.Double
        || IsPunct("[") || IsPunct("(") || IsKeyword("true") || IsKeyword("false");

    // [67] GroupOrUnionGraphPattern ::= GroupGraphPattern ( 'UNION' GroupGraphPattern )*
    private UnionElement GroupOrUnionGraphPattern(Core.Diagnostics.TextPosition pos)
    {
        var groups = new List<GroupSyntax> { GroupGraphPattern() };
        while (TryKeyword("UNION")) { Count(ref _patterns); groups.Add(GroupGraphPattern()); }
        return new UnionElement(groups, pos);
    }

    // [61] InlineData ::= 'VALUES' DataBlock
    // [62] DataBlock ::= InlineDataOneVar | InlineDataFull
    // [63] InlineDataOneVar ::= Var '{' DataBlockValue* '}'
    // [64] InlineDataFull ::= ( NIL | '(' Var* ')' ) '{' ( '(' DataBlockValue* ')' | NIL )* '}'
    private Table DataBlock()
    {
        var rows = new List<IReadOnlyList<Term?>>();
        if (Current.Kind == TokenKind.Var)
        {
            var v = Var();
            ExpectPunct("{");
            while (!TryPunct("}")) rows.Add([DataBlockValue()]);
            return new Table([v], rows);
        }
        if (!TryPunct("(")) Fail("a variable or '(' after VALUES");
        var vars = new List<Variable>();
        while (Current.Kind == TokenKind.Var)
        {
            var at = Current;
            var v = Var();
            if (vars.Contains(v)) Error($"Variable {v} appears twice in VALUES", at);
            vars.Add(v);
        }
        ExpectPunct(")", "a variable or ')'");
        ExpectPunct("{");
        while (!TryPunct("}"))
        {
            var at = Current;
            ExpectPunct("(", "'(' or '}'");
            var row = new List<Term?>();
            while (!TryPunct(")")) row.Add(DataBlockValue());
            if (row.Count != vars.Count) Error($"Expected {vars.Count} values in this VALUES row, found {row.Count}", at);
            rows.Add(row);
        }
        return new Table(vars, rows);
    }

    // [65] DataBlockValue ::= iri | RDFLiteral | NumericLiteral | BooleanLiteral | 'UNDEF'
    private Term? DataBlockValue()
    {
        if (TryKeyword("UNDEF")) return null;
        if (Current.Kind is TokenKind.IriRef or TokenKind.PrefixedName) return Iri();
        if (Current.Kind is TokenKind.String or TokenKind.Integer or TokenKind.Decimal or TokenKind.Double || IsKeyword("true") || IsKeyword("false"))
            return LiteralTerm();
        Fail("an IRI, a literal or UNDEF");
        return null;
    }

    // [73] ConstructTemplate ::= '{' ConstructTriples? '}'
    private List<TriplePattern> ConstructTemplate()
    {
        ExpectPunct("{");
        var triples = new List<SyntaxTriple>();
        if (!IsPunct("}")) TriplesTemplate(triples, TemplateMode.Template);
        ExpectPunct("}", "'}' or a triple pattern");
        return triples.Select(t => new TriplePattern(t.Subject, t.Predicate!, t.Object)).ToList();
    }

    // [52] TriplesTemplate ::= TriplesSameSubject ( '.' TriplesTemplate? )?
    private void TriplesTemplate(List<SyntaxTriple> triples, TemplateMode mode)
    {
        while (true)
        {
            if (!StartsTriples()) Fail("a triple pattern");
            TriplesSameSubject(triples, mode);
            if (!TryPunct(".")) return;
            if (!StartsTriples()) return;
        }
    }

    /// <summary>A fresh non-distinguished variable (pattern) or blank node (template) for <c>[]</c>, collections and path steps.</summary>
    private PatternNode FreshNode(TemplateMode mode) =>
        mode is TemplateMode.Pattern or TemplateMode.ShortConstruct
            ? new Variable("_:?" + _freshCounter++)
            : new TermNode(new BlankNode("b" + _freshCounter++));
}
