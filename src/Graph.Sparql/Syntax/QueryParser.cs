using System.Diagnostics.CodeAnalysis;
using Graph.Core.Diagnostics;
using Graph.Core.Iris;
using Graph.Core.Terms;
using Graph.Sparql.Algebra;

namespace Graph.Sparql.Syntax;

/// <summary>
/// Recursive-descent parser for SPARQL 1.1 (§19.8), one method per production with the production above it. Partial
/// files by concern: prologue and query forms here, then patterns, triples and paths, expressions, terms, update.
/// </summary>
internal sealed partial class QueryParser
{
    private readonly string _text;
    private readonly List<Token> _tokens;
    private int _i;
    private string? _base;
    private readonly Dictionary<string, string> _prefixes = new(StringComparer.Ordinal);

    public QueryParser(string text, SparqlParseOptions options)
    {
        _text = text;
        File = options.File;
        _base = options.BaseIri;
        if (options.Prefixes is not null) foreach (var (k, v) in options.Prefixes) _prefixes[k] = v;
        _tokens = SparqlLexer.Tokenize(text, File);
        _builder = new AlgebraBuilder(File);
    }

    private readonly AlgebraBuilder _builder;

    /// <summary>The builder shared by this parse (EXISTS and update patterns are translated while parsing).</summary>
    public AlgebraBuilder Builder => _builder;

    public string? File { get; }

    private Token Current => _tokens[_i];

    private Token PeekToken(int k = 1) => _tokens[Math.Min(_i + k, _tokens.Count - 1)];

    private TextPosition Position => new(Current.Line, Current.Column);

    private string CurrentText => Current.Kind == TokenKind.End ? "end of input" : Current.Text(_text);

    private bool IsKeyword(string keyword) => IsKeyword(Current, keyword);

    private bool IsKeyword(Token t, string keyword) =>
        t.Kind == TokenKind.Name && t.Span(_text).Equals(keyword, StringComparison.OrdinalIgnoreCase);

    private bool IsPunct(string p) => IsPunct(Current, p);

    private bool IsPunct(Token t, string p) => t.Kind == TokenKind.Punct && t.Span(_text).SequenceEqual(p);

    private bool TryKeyword(string keyword)
    {
        if (!IsKeyword(keyword)) return false;
        _i++;
        return true;
    }

    private bool TryPunct(string p)
    {
        if (!IsPunct(p)) return false;
        _i++;
        return true;
    }

    private void ExpectKeyword(string keyword)
    {
        if (!TryKeyword(keyword)) Fail($"'{keyword}'");
    }

    private void ExpectPunct(string p, string? expected = null)
    {
        if (!TryPunct(p)) Fail(expected ?? $"'{p}'");
    }

    /// <summary>Throws "Expected …" at the current token.</summary>
    [DoesNotReturn]
    private void Fail(string expected) => Error("Expected " + expected, Current);

    [DoesNotReturn]
    private void Error(string message, Token at) =>
        throw new RdfSyntaxException(new SyntaxError(message, new TextPosition(at.Line, at.Column),
            at.Kind == TokenKind.End ? "end of input" : at.Text(_text), File));

    [DoesNotReturn]
    private void Error(string message, TextPosition at, string? offending = null) =>
        throw new RdfSyntaxException(new SyntaxError(message, at, offending, File));

    // [1] QueryUnit ::= Query
    // [2] Query ::= Prologue ( SelectQuery | ConstructQuery | DescribeQuery | AskQuery ) ValuesClause
    public QuerySyntax ParseQueryUnit()
    {
        Prologue();
        QuerySyntax q;
        if (IsKeyword("SELECT")) q = SelectQuery();
        else if (IsKeyword("CONSTRUCT")) q = ConstructQuery();
        else if (IsKeyword("DESCRIBE")) q = DescribeQuery();
        else if (IsKeyword("ASK")) q = AskQuery();
        else { Fail("SELECT, CONSTRUCT, DESCRIBE or ASK"); return null; }
        q.Body.Values = ValuesClause();
        if (Current.Kind != TokenKind.End) Fail("end of query");
        return q;
    }

    // [4] Prologue ::= ( BaseDecl | PrefixDecl )*
    // [5] BaseDecl ::= 'BASE' IRIREF
    // [6] PrefixDecl ::= 'PREFIX' PNAME_NS IRIREF
    private void Prologue()
    {
        while (true)
        {
            if (TryKeyword("BASE"))
            {
                if (Current.Kind != TokenKind.IriRef) Fail("an IRI in angle brackets after BASE");
                _base = ResolveIri(IriText(Current));
                _i++;
            }
            else if (TryKeyword("PREFIX"))
            {
                var t = Current;
                if (t.Kind != TokenKind.PrefixedName || t.Span(_text).IndexOf(':') != t.Length - 1) Fail("a prefix name ending in ':' after PREFIX");
                var prefix = _text.Substring(t.Start, t.Length - 1);
                _i++;
                if (Current.Kind != TokenKind.IriRef) Fail("an IRI in angle brackets after the prefix");
                _prefixes[prefix] = ResolveIri(IriText(Current));
                _i++;
            }
            else return;
        }
    }

    private Dictionary<string, string> PrefixSnapshot() => new(_prefixes, StringComparer.Ordinal);

    // [7] SelectQuery ::= SelectClause DatasetClause* WhereClause SolutionModifier
    private QuerySyntax SelectQuery()
    {
        var body = SelectClause();
        var dataset = DatasetClauses();
        body.Where = WhereClause();
        SolutionModifier(body);
        return new QuerySyntax(QueryForm.Select, body, dataset, [], null, _base, PrefixSnapshot());
    }

    // [8] SubSelect ::= SelectClause WhereClause SolutionModifier ValuesClause
    private SelectSyntax SubSelect()
    {
        var body = SelectClause();
        body.Where = WhereClause();
        SolutionModifier(body);
        body.Values = ValuesClause();
        return body;
    }

    // [9] SelectClause ::= 'SELECT' ( 'DISTINCT' | 'REDUCED' )? ( ( Var | ( '(' Expression 'AS' Var ')' ) )+ | '*' )
    private SelectSyntax SelectClause()
    {
        var body = new SelectSyntax { Position = Position };
        ExpectKeyword("SELECT");
        if (TryKeyword("DISTINCT")) body.Distinct = true;
        else if (TryKeyword("REDUCED")) body.Reduced = true;
        if (TryPunct("*")) return body;
        body.Projection = [];
        while (true)
        {
            var pos = Position;
            if (Current.Kind == TokenKind.Var) body.Projection.Add(new ProjectionItem(Var(), null, pos));
            else if (TryPunct("("))
            {
                var e = Expression(allowAggregates: true);
                ExpectKeyword("AS");
                var v = ExpectVar();
                ExpectPunct(")");
                body.Projection.Add(new ProjectionItem(v, e, pos));
            }
            else break;
        }
        if (body.Projection.Count == 0) Fail("'*', a variable or '(' expression AS variable ')' after SELECT");
        return body;
    }

    // [10] ConstructQuery ::= 'CONSTRUCT' ( ConstructTemplate DatasetClause* WhereClause SolutionModifier
    //                        | DatasetClause* 'WHERE' '{' TriplesTemplate? '}' SolutionModifier )
    private QuerySyntax ConstructQuery()
    {
        ExpectKeyword("CONSTRUCT");
        var body = new SelectSyntax { Position = Position };
        List<TriplePattern> template;
        Dataset? dataset;
        if (IsPunct("{"))
        {
            template = ConstructTemplate();
            dataset = DatasetClauses();
            body.Where = WhereClause();
        }
        else
        {
            dataset = DatasetClauses();
            ExpectKeyword("WHERE");
            var pos = Position;
            ExpectPunct("{");
            var triples = new List<SyntaxTriple>();
            NewBgp();
            if (!IsPunct("}")) TriplesTemplate(triples, TemplateMode.ShortConstruct);
            ExpectPunct("}", "'}' or a triple pattern");
            template = triples.Select(t => new TriplePattern(t.Subject, t.Predicate!, t.Object)).ToList();
            body.Where = new GroupSyntax([new TriplesElement(triples, pos)], null);
        }
        SolutionModifier(body);
        return new QuerySyntax(QueryForm.Construct, body, dataset, template, null, _base, PrefixSnapshot());
    }

    // [11] DescribeQuery ::= 'DESCRIBE' ( VarOrIri+ | '*' ) DatasetClause* WhereClause? SolutionModifier
    private QuerySyntax DescribeQuery()
    {
        ExpectKeyword("DESCRIBE");
        var body = new SelectSyntax { Position = Position };
        List<PatternNode>? targets = null;
        if (!TryPunct("*"))
        {
            targets = [];
            while (Current.Kind is TokenKind.Var or TokenKind.IriRef or TokenKind.PrefixedName) targets.Add(VarOrIri());
            if (targets.Count == 0) Fail("'*', a variable or an IRI after DESCRIBE");
        }
        var dataset = DatasetClauses();
        if (IsKeyword("WHERE") || IsPunct("{")) body.Where = WhereClause();
        SolutionModifier(body);
        return new QuerySyntax(QueryForm.Describe, body, dataset, [], targets, _base, PrefixSnapshot());
    }

    // [12] AskQuery ::= 'ASK' DatasetClause* WhereClause SolutionModifier
    private QuerySyntax AskQuery()
    {
        ExpectKeyword("ASK");
        var body = new SelectSyntax { Position = Position };
        var dataset = DatasetClauses();
        body.Where = WhereClause();
        SolutionModifier(body);
        return new QuerySyntax(QueryForm.Ask, body, dataset, [], null, _base, PrefixSnapshot());
    }

    // [13] DatasetClause ::= 'FROM' ( DefaultGraphClause | NamedGraphClause )
    // [14] DefaultGraphClause ::= SourceSelector
    // [15] NamedGraphClause ::= 'NAMED' SourceSelector
    private Dataset? DatasetClauses(string keyword = "FROM")
    {
        List<Iri>? def = null, named = null;
        while (TryKeyword(keyword))
        {
            if (TryKeyword("NAMED")) (named ??= []).Add(Iri());
            else (def ??= []).Add(Iri());
        }
        return def is null && named is null ? null : new Dataset(def ?? [], named ?? []);
    }

    // [17] WhereClause ::= 'WHERE'? GroupGraphPattern
    private GroupSyntax WhereClause()
    {
        TryKeyword("WHERE");
        if (!IsPunct("{")) Fail(_i > 0 && IsKeyword(PeekToken(-1), "WHERE") ? "'{'" : "WHERE or '{'");
        return GroupGraphPattern();
    }

    // [18] SolutionModifier ::= GroupClause? HavingClause? OrderClause? LimitOffsetClauses?
    private void SolutionModifier(SelectSyntax body)
    {
        // [19] GroupClause ::= 'GROUP' 'BY' GroupCondition+
        if (TryKeyword("GROUP"))
        {
            ExpectKeyword("BY");
            do body.GroupBy.Add(GroupConditionItem());
            while (!IsKeyword("HAVING") && !IsKeyword("ORDER") && !IsKeyword("LIMIT") && !IsKeyword("OFFSET") && !IsKeyword("VALUES")
                   && Current.Kind != TokenKind.End && !IsPunct("}"));
        }
        // [21] HavingClause ::= 'HAVING' HavingCondition+
        if (TryKeyword("HAVING"))
        {
            do body.Having.Add(Constraint(allowAggregates: true));
            while (IsPunct("(") || Current.Kind is TokenKind.Name or TokenKind.IriRef or TokenKind.PrefixedName && !IsKeyword("ORDER") && !IsKeyword("LIMIT") && !IsKeyword("OFFSET") && !IsKeyword("VALUES"));
        }
        // [23] OrderClause ::= 'ORDER' 'BY' OrderCondition+
        if (TryKeyword("ORDER"))
        {
            ExpectKeyword("BY");
            do body.OrderBy.Add(OrderConditionItem());
            while (!IsKeyword("LIMIT") && !IsKeyword("OFFSET") && !IsKeyword("VALUES") && Current.Kind != TokenKind.End && !IsPunct("}"));
        }
        // [25] LimitOffsetClauses ::= LimitClause OffsetClause? | OffsetClause LimitClause?
        for (var k = 0; k < 2; k++)
        {
            if (body.Limit is null && TryKeyword("LIMIT")) body.Limit = IntegerValue();
            else if (body.Offset is null && TryKeyword("OFFSET")) body.Offset = IntegerValue();
        }
    }

    private long IntegerValue()
    {
        if (Current.Kind != TokenKind.Integer || _text[Current.Start] is '+' or '-') Fail("a non-negative integer");
        if (!long.TryParse(Current.Span(_text), out var n)) Error("Integer too large", Current);
        _i++;
        return n;
    }

    // [20] GroupCondition ::= BuiltInCall | FunctionCall | '(' Expression ( 'AS' Var )? ')' | Var
    private GroupCondition GroupConditionItem()
    {
        var pos = Position;
        if (Current.Kind == TokenKind.Var) { var v = Var(); return new GroupCondition(new VariableExpression(v), v, pos); }
        if (TryPunct("("))
        {
            var e = Expression(allowAggregates: false);
            Variable? v = null;
            if (TryKeyword("AS")) v = ExpectVar();
            ExpectPunct(")");
            return new GroupCondition(e, v, pos);
        }
        if (Current.Kind is TokenKind.Name or TokenKind.IriRef or TokenKind.PrefixedName)
            return new GroupCondition(PrimaryExpression(allowAggregates: false), null, pos);
        Fail("a variable, '(' or a function call in GROUP BY");
        return null;
    }

    // [24] OrderCondition ::= ( ( 'ASC' | 'DESC' ) BrackettedExpression ) | ( Constraint | Var )
    private OrderCondition OrderConditionItem()
    {
        if (IsKeyword("ASC") || IsKeyword("DESC"))
        {
            var desc = IsKeyword("DESC");
            _i++;
            if (!IsPunct("(")) Fail("'(' after ASC or DESC");
            return new OrderCondition(BrackettedExpression(allowAggregates: true), desc);
        }
        if (Current.Kind == TokenKind.Var) return new OrderCondition(new VariableExpression(Var()), false);
        if (IsPunct("(") || Current.Kind is TokenKind.Name or TokenKind.IriRef or TokenKind.PrefixedName)
            return new OrderCondition(Constraint(allowAggregates: true), false);
        Fail("an ORDER BY condition");
        return null;
    }

    // [28] ValuesClause ::= ( 'VALUES' DataBlock )?
    private Table? ValuesClause() => TryKeyword("VALUES") ? DataBlock() : null;

    private string ResolveIri(string iri) => _base is null ? iri : IriResolver.Resolve(_base, iri);
}
