using Graph.Core.Terms;
using Graph.Core.Vocabularies;
using Graph.Sparql.Algebra;

namespace Graph.Sparql.Syntax;

internal sealed partial class QueryParser
{
    // Aggregates are legal only in SELECT, HAVING and ORDER BY (§18.2.4.1); the flag travels down the expression methods.
    private bool _aggregatesAllowed;
    private bool _inAggregate;

    private Expression Expression(bool allowAggregates)
    {
        var saved = _aggregatesAllowed;
        _aggregatesAllowed = allowAggregates;
        try { return Expression(); }
        finally { _aggregatesAllowed = saved; }
    }

    // [110] Expression ::= ConditionalOrExpression
    // [111] ConditionalOrExpression ::= ConditionalAndExpression ( '||' ConditionalAndExpression )*
    private Expression Expression()
    {
        // An error aborts the whole parse, so the budget needs no unwinding on the way out.
        Enter(ref _expressions);
        var e = ConditionalAndExpression();
        while (TryPunct("||")) { Count(ref _expressions); e = new BinaryExpression(BinaryOperator.Or, e, ConditionalAndExpression()); }
        Exit(ref _expressions);
        return e;
    }

    // [112] ConditionalAndExpression ::= ValueLogical ( '&&' ValueLogical )*
    private Expression ConditionalAndExpression()
    {
        var e = RelationalExpression();
        while (TryPunct("&&")) { Count(ref _expressions); e = new BinaryExpression(BinaryOperator.And, e, RelationalExpression()); }
        return e;
    }

    // [114] RelationalExpression ::= NumericExpression ( '=' NumericExpression | '!=' NumericExpression | '<' NumericExpression
    //       | '>' NumericExpression | '<=' NumericExpression | '>=' NumericExpression | 'IN' ExpressionList | 'NOT' 'IN' ExpressionList )?
    private Expression RelationalExpression()
    {
        var left = AdditiveExpression();
        if (Current.Kind == TokenKind.Punct)
        {
            BinaryOperator? op = Current.Span(_text) switch
            {
                "=" => BinaryOperator.Equal,
                "!=" => BinaryOperator.NotEqual,
                "<" => BinaryOperator.Less,
                ">" => BinaryOperator.Greater,
                "<=" => BinaryOperator.LessOrEqual,
                ">=" => BinaryOperator.GreaterOrEqual,
                _ => null,
            };
            if (op is { } o) { _i++; return new BinaryExpression(o, left, AdditiveExpression()); }
        }
        if (TryKeyword("IN")) return new InExpression(left, ExpressionList(), false);
        if (IsKeyword("NOT") && IsKeyword(PeekToken(), "IN")) { _i += 2; return new InExpression(left, ExpressionList(), true); }
        return left;
    }

    // [116] AdditiveExpression ::= MultiplicativeExpression ( '+' MultiplicativeExpression | '-' MultiplicativeExpression
    //       | ( NumericLiteralPositive | NumericLiteralNegative ) ( ( '*' UnaryExpression ) | ( '/' UnaryExpression ) )* )*
    private Expression AdditiveExpression()
    {
        var e = MultiplicativeExpression();
        while (true)
        {
            if (TryPunct("+")) { Count(ref _expressions); e = new BinaryExpression(BinaryOperator.Add, e, MultiplicativeExpression()); }
            else if (TryPunct("-")) { Count(ref _expressions); e = new BinaryExpression(BinaryOperator.Subtract, e, MultiplicativeExpression()); }
            else if (Current.Kind is TokenKind.Integer or TokenKind.Decimal or TokenKind.Double && _text[Current.Start] is '+' or '-')
            {
                // The lexer's longest match made "-1" one token; here it is the operator and an unsigned number.
                Count(ref _expressions);
                var op = _text[Current.Start] == '+' ? BinaryOperator.Add : BinaryOperator.Subtract;
                var lit = NumericLiteral(Current, skipSign: true);
                _i++;
                Expression right = new ConstantExpression(lit);
                while (true)
                {
                    if (TryPunct("*")) { Count(ref _expressions); right = new BinaryExpression(BinaryOperator.Multiply, right, UnaryExpression()); }
                    else if (TryPunct("/")) { Count(ref _expressions); right = new BinaryExpression(BinaryOperator.Divide, right, UnaryExpression()); }
                    else break;
                }
                e = new BinaryExpression(op, e, right);
            }
            else return e;
        }
    }

    // [117] MultiplicativeExpression ::= UnaryExpression ( '*' UnaryExpression | '/' UnaryExpression )*
    private Expression MultiplicativeExpression()
    {
        var e = UnaryExpression();
        while (true)
        {
            if (TryPunct("*")) { Count(ref _expressions); e = new BinaryExpression(BinaryOperator.Multiply, e, UnaryExpression()); }
            else if (TryPunct("/")) { Count(ref _expressions); e = new BinaryExpression(BinaryOperator.Divide, e, UnaryExpression()); }
            else return e;
        }
    }

    // [118] UnaryExpression ::= '!' PrimaryExpression | '+' PrimaryExpression | '-' PrimaryExpression | PrimaryExpression
    private Expression UnaryExpression()
    {
        if (IsPunct("!") || IsPunct("+") || IsPunct("-")) Count(ref _expressions);
        if (TryPunct("!")) return new UnaryExpression(UnaryOperator.Not, PrimaryExpression(_aggregatesAllowed));
        if (TryPunct("+")) return new UnaryExpression(UnaryOperator.Plus, PrimaryExpression(_aggregatesAllowed));
        if (TryPunct("-")) return new UnaryExpression(UnaryOperator.Minus, PrimaryExpression(_aggregatesAllowed));
        return PrimaryExpression(_aggregatesAllowed);
    }

    // [120] BrackettedExpression ::= '(' Expression ')'
    private Expression BrackettedExpression(bool allowAggregates)
    {
        ExpectPunct("(");
        var e = Expression(allowAggregates);
        ExpectPunct(")", "')' or an operator");
        return e;
    }

    // [69] Constraint ::= BrackettedExpression | BuiltInCall | FunctionCall
    private Expression Constraint(bool allowAggregates)
    {
        if (IsPunct("(")) return BrackettedExpression(allowAggregates);
        if (Current.Kind is TokenKind.Name or TokenKind.IriRef or TokenKind.PrefixedName && !IsKeyword("true") && !IsKeyword("false"))
        {
            var saved = _aggregatesAllowed;
            _aggregatesAllowed = allowAggregates;
            try { return PrimaryExpression(allowAggregates); }
            finally { _aggregatesAllowed = saved; }
        }
        Fail("'(' or a function call");
        return null;
    }

    /// <summary>One item of a list (arguments, IN): items sit side by side, so only the deepest counts for the budget.</summary>
    private Expression ListItem(ref int deepest)
    {
        var before = _expressions.Nodes;
        var e = Expression();
        deepest = Math.Max(deepest, _expressions.Nodes);
        _expressions.Nodes = before;
        return e;
    }

    // [72] ExpressionList ::= NIL | '(' Expression ( ',' Expression )* ')'
    private List<Expression> ExpressionList() => ParenthesisedExpressions(argumentList: false);

    // ExpressionList, and ArgList's form without DISTINCT: only custom aggregates take DISTINCT, and this parser
    // knows none, so a DISTINCT there is an error rather than a different production.
    private List<Expression> ParenthesisedExpressions(bool argumentList)
    {
        ExpectPunct("(");
        var list = new List<Expression>();
        if (TryPunct(")")) return list;
        if (argumentList && IsKeyword("DISTINCT")) Error("DISTINCT is only allowed in calls of custom aggregates", Current);
        var deepest = _expressions.Nodes;
        do list.Add(ListItem(ref deepest));
        while (TryPunct(","));
        _expressions.Nodes = deepest;
        ExpectPunct(")", "')' or ','");
        return list;
    }

    // [119] PrimaryExpression ::= BrackettedExpression | BuiltInCall | iriOrFunction | RDFLiteral | NumericLiteral | BooleanLiteral | Var
    private Expression PrimaryExpression(bool allowAggregates)
    {
        var t = Current;
        switch (t.Kind)
        {
            case TokenKind.Var: return new VariableExpression(Var());
            case TokenKind.String or TokenKind.Integer or TokenKind.Decimal or TokenKind.Double: return new ConstantExpression(LiteralTerm());
            case TokenKind.IriRef or TokenKind.PrefixedName:
            {
                // [128] iriOrFunction ::= iri ArgList?
                var iri = Iri();
                if (!IsPunct("(")) return new ConstantExpression(iri);
                return new FunctionCall(iri, ArgList());
            }
            case TokenKind.Punct when IsPunct("("): return BrackettedExpression(_aggregatesAllowed);
            case TokenKind.Name:
                if (IsKeyword("true") || IsKeyword("false")) return new ConstantExpression(LiteralTerm());
                return BuiltInCall(allowAggregates);
        }
        Fail("an expression");
        return null;
    }

    // [71] ArgList ::= NIL | '(' 'DISTINCT'? Expression ( ',' Expression )* ')'
    private List<Expression> ArgList() => ParenthesisedExpressions(argumentList: true);

    // [121] BuiltInCall ::= Aggregate | 'STR' '(' Expression ')' | … | RegexExpression | ExistsFunc | NotExistsFunc
    private Expression BuiltInCall(bool allowAggregates)
    {
        var t = Current;
        var name = t.Text(_text).ToUpperInvariant();
        if (Aggregates.TryGetValue(name, out var agg)) return Aggregate(agg, allowAggregates);
        if (name == "EXISTS" || name == "NOT")
        {
            // [125] ExistsFunc ::= 'EXISTS' GroupGraphPattern   [126] NotExistsFunc ::= 'NOT' 'EXISTS' GroupGraphPattern
            _i++;
            var negated = name == "NOT";
            if (negated) ExpectKeyword("EXISTS");
            var savedAgg = _aggregatesAllowed;
            _aggregatesAllowed = false;
            var group = GroupGraphPattern();
            _aggregatesAllowed = savedAgg;
            return new ExistsExpression(_builder.TranslateGroup(group), negated);
        }
        if (!BuiltIns.TryGetValue(name, out var spec)) Fail("an expression");
        _i++;
        if (spec.Function == BuiltInFunction.Bound)
        {
            ExpectPunct("(");
            var v = ExpectVar();
            ExpectPunct(")");
            return new BuiltInCall(BuiltInFunction.Bound, [new VariableExpression(v)]);
        }
        var args = new List<Expression>();
        if (IsPunct("(") && IsPunct(PeekToken(), ")")) _i += 2; // NIL
        else
        {
            ExpectPunct("(", $"'(' after {name}");
            if (!IsPunct(")"))
            {
                var deepest = _expressions.Nodes;
                do args.Add(ListItem(ref deepest));
                while (TryPunct(","));
                _expressions.Nodes = deepest;
            }
            ExpectPunct(")", "')' or ','");
        }
        if (args.Count < spec.Min || args.Count > spec.Max)
            Error(spec.Min == spec.Max ? $"{name} takes {spec.Min} argument(s), found {args.Count}"
                : $"{name} takes {spec.Min} to {(spec.Max == int.MaxValue ? "any number of" : spec.Max.ToString(System.Globalization.CultureInfo.InvariantCulture))} arguments, found {args.Count}", t);
        return new BuiltInCall(spec.Function, args);
    }

    // [127] Aggregate ::= 'COUNT' '(' 'DISTINCT'? ( '*' | Expression ) ')' | 'SUM' '(' 'DISTINCT'? Expression ')' | …
    //       | 'GROUP_CONCAT' '(' 'DISTINCT'? Expression ( ';' 'SEPARATOR' '=' String )? ')'
    private Expression Aggregate(AggregateFunction function, bool allowAggregates)
    {
        var t = Current;
        if (!allowAggregates) Error("Aggregates are only allowed in SELECT, HAVING and ORDER BY", t);
        if (_inAggregate) Error("Aggregates cannot be nested", t);
        _i++;
        ExpectPunct("(");
        var distinct = TryKeyword("DISTINCT");
        Expression? e = null;
        string? separator = null;
        _inAggregate = true;
        try
        {
            if (function == AggregateFunction.Count && TryPunct("*")) { }
            else e = Expression();
            if (function == AggregateFunction.GroupConcat && TryPunct(";"))
            {
                ExpectKeyword("SEPARATOR");
                ExpectPunct("=");
                if (Current.Kind != TokenKind.String) Fail("a string after SEPARATOR =");
                separator = StringValue(Current);
                _i++;
            }
        }
        finally { _inAggregate = false; }
        ExpectPunct(")");
        return new AggregateExpression(new Aggregate(function, distinct, e, separator));
    }

    private static readonly Dictionary<string, AggregateFunction> Aggregates = new()
    {
        ["COUNT"] = AggregateFunction.Count, ["SUM"] = AggregateFunction.Sum, ["MIN"] = AggregateFunction.Min,
        ["MAX"] = AggregateFunction.Max, ["AVG"] = AggregateFunction.Avg, ["SAMPLE"] = AggregateFunction.Sample,
        ["GROUP_CONCAT"] = AggregateFunction.GroupConcat,
    };

    private readonly record struct BuiltInSpec(BuiltInFunction Function, int Min, int Max);

    private static readonly Dictionary<string, BuiltInSpec> BuiltIns = BuildBuiltIns();

    private static Dictionary<string, BuiltInSpec> BuildBuiltIns()
    {
        var d = new Dictionary<string, BuiltInSpec>();
        void Add(BuiltInFunction f, int min, int max, string? name = null) => d[name ?? f.ToString().ToUpperInvariant()] = new(f, min, max);
        foreach (var f in new[] { BuiltInFunction.Str, BuiltInFunction.Lang, BuiltInFunction.Datatype, BuiltInFunction.Iri, BuiltInFunction.Uri,
                     BuiltInFunction.Abs, BuiltInFunction.Ceil, BuiltInFunction.Floor, BuiltInFunction.Round, BuiltInFunction.StrLen,
                     BuiltInFunction.UCase, BuiltInFunction.LCase, BuiltInFunction.Year, BuiltInFunction.Month, BuiltInFunction.Day,
                     BuiltInFunction.Hours, BuiltInFunction.Minutes, BuiltInFunction.Seconds, BuiltInFunction.Timezone, BuiltInFunction.Tz,
                     BuiltInFunction.Md5, BuiltInFunction.Sha1, BuiltInFunction.Sha256, BuiltInFunction.Sha384, BuiltInFunction.Sha512,
                     BuiltInFunction.IsIri, BuiltInFunction.IsUri, BuiltInFunction.IsBlank, BuiltInFunction.IsLiteral, BuiltInFunction.IsNumeric })
            Add(f, 1, 1);
        Add(BuiltInFunction.EncodeForUri, 1, 1, "ENCODE_FOR_URI");
        foreach (var f in new[] { BuiltInFunction.LangMatches, BuiltInFunction.Contains, BuiltInFunction.StrStarts, BuiltInFunction.StrEnds,
                     BuiltInFunction.StrBefore, BuiltInFunction.StrAfter, BuiltInFunction.StrLang, BuiltInFunction.StrDt, BuiltInFunction.SameTerm })
            Add(f, 2, 2);
        foreach (var f in new[] { BuiltInFunction.Rand, BuiltInFunction.Now, BuiltInFunction.Uuid, BuiltInFunction.StrUuid }) Add(f, 0, 0);
        Add(BuiltInFunction.Bound, 1, 1);
        Add(BuiltInFunction.BNode, 0, 1);
        Add(BuiltInFunction.Concat, 0, int.MaxValue);
        Add(BuiltInFunction.Coalesce, 0, int.MaxValue);
        Add(BuiltInFunction.If, 3, 3);
        Add(BuiltInFunction.Regex, 2, 3);
        Add(BuiltInFunction.Substr, 2, 3);
        Add(BuiltInFunction.Replace, 3, 4);
        return d;
    }

}
