using System.Diagnostics;
using Graph.Core.Terms;
using Graph.Sparql.Algebra;
using Graph.Sparql.Engine.Evaluation;
using Graph.Sparql.Engine.Functions;

namespace Graph.Sparql.Engine.Expressions;

internal sealed partial class ExpressionCompiler
{
    // Shared by every BNODE(str) call of the query, so two calls in one solution agree.
    private readonly Dictionary<(string, string), BlankNode> _labelledBlankNodes = [];

    private ExprFn BuiltIn(BuiltInCall call)
    {
        var a = call.Args.Select(Compile).ToArray();
        ExprFn Arg(int i) => a[i];
        return call.Function switch
        {
            BuiltInFunction.Bound => Bound(call),
            BuiltInFunction.Coalesce => (r, g, c) =>
            {
                foreach (var f in a)
                    if (f(r, g, c) is { } v) return v;
                return null;
            },
            BuiltInFunction.If => (r, g, c) => EffectiveBooleanValue.Of(a[0](r, g, c)) switch
            {
                true => a[1](r, g, c),
                false => a[2](r, g, c),
                null => null,
            },
            BuiltInFunction.Str => Unary1(Arg(0), TermFunctions.Str),
            BuiltInFunction.Lang => Unary1(Arg(0), TermFunctions.Lang),
            BuiltInFunction.LangMatches => Binary2(Arg(0), Arg(1), StringFunctions.LangMatches),
            BuiltInFunction.Datatype => Unary1(Arg(0), TermFunctions.Datatype),
            BuiltInFunction.Iri or BuiltInFunction.Uri => (r, g, c) => TermFunctions.Iri(a[0](r, g, c), c.BaseIri),
            BuiltInFunction.BNode => BNode(a),
            BuiltInFunction.Rand => (_, _, _) => TermFunctions.Rand(),
            BuiltInFunction.Abs => Unary1(Arg(0), NumericFunctions.Abs),
            BuiltInFunction.Ceil => Unary1(Arg(0), NumericFunctions.Ceil),
            BuiltInFunction.Floor => Unary1(Arg(0), NumericFunctions.Floor),
            BuiltInFunction.Round => Unary1(Arg(0), NumericFunctions.Round),
            BuiltInFunction.Concat => (r, g, c) =>
            {
                var values = new Term?[a.Length];
                for (var i = 0; i < a.Length; i++) values[i] = a[i](r, g, c);
                return StringFunctions.Concat(values);
            },
            BuiltInFunction.StrLen => Unary1(Arg(0), StringFunctions.StrLen),
            BuiltInFunction.UCase => Unary1(Arg(0), StringFunctions.UCase),
            BuiltInFunction.LCase => Unary1(Arg(0), StringFunctions.LCase),
            BuiltInFunction.EncodeForUri => Unary1(Arg(0), StringFunctions.EncodeForUri),
            BuiltInFunction.Contains => Binary2(Arg(0), Arg(1), StringFunctions.Contains),
            BuiltInFunction.StrStarts => Binary2(Arg(0), Arg(1), StringFunctions.StrStarts),
            BuiltInFunction.StrEnds => Binary2(Arg(0), Arg(1), StringFunctions.StrEnds),
            BuiltInFunction.StrBefore => Binary2(Arg(0), Arg(1), StringFunctions.StrBefore),
            BuiltInFunction.StrAfter => Binary2(Arg(0), Arg(1), StringFunctions.StrAfter),
            BuiltInFunction.Year => Unary1(Arg(0), DateTimeFunctions.Year),
            BuiltInFunction.Month => Unary1(Arg(0), DateTimeFunctions.Month),
            BuiltInFunction.Day => Unary1(Arg(0), DateTimeFunctions.Day),
            BuiltInFunction.Hours => Unary1(Arg(0), DateTimeFunctions.Hours),
            BuiltInFunction.Minutes => Unary1(Arg(0), DateTimeFunctions.Minutes),
            BuiltInFunction.Seconds => Unary1(Arg(0), DateTimeFunctions.Seconds),
            BuiltInFunction.Timezone => Unary1(Arg(0), DateTimeFunctions.Timezone),
            BuiltInFunction.Tz => Unary1(Arg(0), DateTimeFunctions.Tz),
            BuiltInFunction.Now => (_, _, c) => DateTimeFunctions.Now(c.Now),
            BuiltInFunction.Uuid => (_, _, _) => TermFunctions.Uuid(),
            BuiltInFunction.StrUuid => (_, _, _) => TermFunctions.StrUuid(),
            BuiltInFunction.Md5 => Unary1(Arg(0), HashFunctions.Md5),
            BuiltInFunction.Sha1 => Unary1(Arg(0), HashFunctions.Sha1),
            BuiltInFunction.Sha256 => Unary1(Arg(0), HashFunctions.Sha256),
            BuiltInFunction.Sha384 => Unary1(Arg(0), HashFunctions.Sha384),
            BuiltInFunction.Sha512 => Unary1(Arg(0), HashFunctions.Sha512),
            BuiltInFunction.StrLang => Binary2(Arg(0), Arg(1), TermFunctions.StrLang),
            BuiltInFunction.StrDt => Binary2(Arg(0), Arg(1), TermFunctions.StrDt),
            BuiltInFunction.SameTerm => Binary2(Arg(0), Arg(1), TermFunctions.SameTerm),
            BuiltInFunction.IsIri or BuiltInFunction.IsUri => Unary1(Arg(0), TermFunctions.IsIri),
            BuiltInFunction.IsBlank => Unary1(Arg(0), TermFunctions.IsBlank),
            BuiltInFunction.IsLiteral => Unary1(Arg(0), TermFunctions.IsLiteral),
            BuiltInFunction.IsNumeric => Unary1(Arg(0), TermFunctions.IsNumeric),
            BuiltInFunction.Regex => a.Length == 2
                ? Binary2(Arg(0), Arg(1), (x, y) => RegexFunctions.Regex(x, y))
                : (r, g, c) => RegexFunctions.Regex(a[0](r, g, c), a[1](r, g, c), a[2](r, g, c)),
            BuiltInFunction.Substr => a.Length == 2
                ? Binary2(Arg(0), Arg(1), (x, y) => StringFunctions.Substr(x, y))
                : (r, g, c) => StringFunctions.Substr(a[0](r, g, c), a[1](r, g, c), a[2](r, g, c)),
            BuiltInFunction.Replace => a.Length == 3
                ? (r, g, c) => RegexFunctions.Replace(a[0](r, g, c), a[1](r, g, c), a[2](r, g, c))
                : (r, g, c) => RegexFunctions.Replace(a[0](r, g, c), a[1](r, g, c), a[2](r, g, c), a[3](r, g, c)),
            _ => throw new UnreachableException(call.Function.ToString()),
        };
    }

    private ExprFn Bound(BuiltInCall call)
    {
        if (call.Args[0] is not VariableExpression v) return (_, _, _) => null;
        var slot = slotOf(v.Variable);
        return (row, _, _) => Bool(row[slot] != 0);
    }

    /// <summary>
    /// BNODE(): a fresh blank node per call; BNODE(str): the same node for the same string within one solution. A
    /// solution is recognised by its bindings, leaving out blank nodes that earlier BNODE calls added to it.
    /// </summary>
    private ExprFn BNode(ExprFn[] a)
    {
        if (a.Length == 0) return (_, _, _) => BlankNode.Fresh();
        var nodes = _labelledBlankNodes;
        return (r, g, c) =>
        {
            if (a[0](r, g, c) is not Literal l || !StringArguments.IsStringLiteral(l) || l.Language is not null) return null;
            var solution = string.Join(',', r.Select(id => id < 0 && c.Decode(id) is BlankNode ? 0 : id));
            if (!nodes.TryGetValue((l.LexicalForm, solution), out var b)) nodes[(l.LexicalForm, solution)] = b = BlankNode.Fresh();
            return b;
        };
    }

    private static ExprFn Unary1(ExprFn a, Func<Term?, Term?> f) => (r, g, c) => f(a(r, g, c));

    private static ExprFn Binary2(ExprFn a, ExprFn b, Func<Term?, Term?, Term?> f) => (r, g, c) => f(a(r, g, c), b(r, g, c));
}
