using System.Diagnostics;
using Graph.Core.Terms;
using Graph.Sparql.Algebra;
using Graph.Sparql.Engine.Evaluation;
using Graph.Sparql.Engine.Functions;
using Graph.Sparql.Engine.Operators;

namespace Graph.Sparql.Engine.Expressions;

/// <summary>
/// Compiles algebra expressions into delegates over id rows (SPARQL 1.1 §17: operators with error semantics,
/// functional forms, built-ins). Terms are decoded from ids only where a function needs them.
/// </summary>
internal sealed partial class ExpressionCompiler(Func<Variable, int> slotOf, Func<Op, PlanNode> planPattern)
{
    private static readonly Literal True = Literal.Boolean(true);
    private static readonly Literal False = Literal.Boolean(false);

    public ExprFn Compile(Expression e) => e switch
    {
        ConstantExpression c => Constant(c.Term),
        VariableExpression v => Variable(slotOf(v.Variable)),
        UnaryExpression u => Unary(u),
        BinaryExpression b => Binary(b),
        InExpression i => In(i),
        BuiltInCall call => BuiltIn(call),
        FunctionCall f => Function(f),
        ExistsExpression x => Exists(x),
        AggregateExpression => throw new UnreachableException("aggregates are replaced by variables before evaluation"),
        _ => throw new UnreachableException(e.GetType().Name),
    };

    /// <summary>The filter form: true only when the effective boolean value is true.</summary>
    public Func<int[], ActiveGraph, EvalContext, bool> CompileFilter(Expression e)
    {
        var f = Compile(e);
        return (row, g, ctx) =>
        {
            // Operators answer with the shared boolean literals: recognise them before the general EBV rules.
            var v = f(row, g, ctx);
            if (ReferenceEquals(v, True)) return true;
            if (ReferenceEquals(v, False)) return false;
            return EffectiveBooleanValue.Of(v) == true;
        };
    }

    private static ExprFn Constant(Term t) => (_, _, _) => t;

    private static ExprFn Variable(int slot) => (row, _, ctx) => ctx.Decode(row[slot]);

    private static Literal Bool(bool b) => b ? True : False;

    private ExprFn Unary(UnaryExpression u)
    {
        var a = Compile(u.Operand);
        return u.Operator switch
        {
            UnaryOperator.Not => (r, g, c) => EffectiveBooleanValue.Of(a(r, g, c)) is { } b ? Bool(!b) : null,
            UnaryOperator.Plus => (r, g, c) => NumericFunctions.Plus(a(r, g, c)),
            UnaryOperator.Minus => (r, g, c) => NumericFunctions.Negate(a(r, g, c)),
            _ => throw new UnreachableException(u.Operator.ToString()),
        };
    }

    private ExprFn Binary(BinaryExpression b)
    {
        var l = Compile(b.Left);
        var r = Compile(b.Right);
        return b.Operator switch
        {
            BinaryOperator.Or => (row, g, c) =>
            {
                var x = EffectiveBooleanValue.Of(l(row, g, c));
                if (x == true) return True;
                var y = EffectiveBooleanValue.Of(r(row, g, c));
                if (y == true) return True;
                return x == false && y == false ? False : null;
            },
            BinaryOperator.And => (row, g, c) =>
            {
                var x = EffectiveBooleanValue.Of(l(row, g, c));
                if (x == false) return False;
                var y = EffectiveBooleanValue.Of(r(row, g, c));
                if (y == false) return False;
                return x == true && y == true ? True : null;
            },
            BinaryOperator.Equal => (row, g, c) => ValueComparison.AreEqual(l(row, g, c), r(row, g, c)) is { } eq ? Bool(eq) : null,
            BinaryOperator.NotEqual => (row, g, c) => ValueComparison.AreEqual(l(row, g, c), r(row, g, c)) is { } eq ? Bool(!eq) : null,
            BinaryOperator.Less => Comparison(b, l, r, x => x < 0),
            BinaryOperator.Greater => Comparison(b, l, r, x => x > 0 && x != 2),
            BinaryOperator.LessOrEqual => Comparison(b, l, r, x => x <= 0),
            BinaryOperator.GreaterOrEqual => Comparison(b, l, r, x => x >= 0 && x != 2),
            BinaryOperator.Add => (row, g, c) => NumericFunctions.Add(l(row, g, c), r(row, g, c)),
            BinaryOperator.Subtract => (row, g, c) => NumericFunctions.Subtract(l(row, g, c), r(row, g, c)),
            BinaryOperator.Multiply => (row, g, c) => NumericFunctions.Multiply(l(row, g, c), r(row, g, c)),
            BinaryOperator.Divide => (row, g, c) => NumericFunctions.Divide(l(row, g, c), r(row, g, c)),
            _ => throw new UnreachableException(b.Operator.ToString()),
        };
    }

    // Compare returns 2 for NaN (unordered): every ordering test is then false.
    private ExprFn Comparison(BinaryExpression e, ExprFn l, ExprFn r, Func<int, bool> test)
    {
        if (e is { Left: VariableExpression v, Right: ConstantExpression { Term: var t } } && Numeric.TryFrom(t, out var k))
            return NumericComparison(slotOf(v.Variable), k, test, variableFirst: true);
        if (e is { Right: VariableExpression v2, Left: ConstantExpression { Term: var t2 } } && Numeric.TryFrom(t2, out var k2))
            return NumericComparison(slotOf(v2.Variable), k2, test, variableFirst: false);
        return Comparison(l, r, test);
    }

    // A variable against a numeric constant: the same answer as Compare on the decoded term (an error unless the
    // binding is a well-typed numeric literal), read through the context's numeric reader without building terms.
    private static ExprFn NumericComparison(int slot, Numeric constant, Func<int, bool> test, bool variableFirst) => (row, _, c) =>
    {
        var id = row[slot];
        if (id == 0 || !c.TryNumeric(id, out var x)) return null;
        var cmp = variableFirst ? ValueComparison.CompareNumeric(x, constant) : ValueComparison.CompareNumeric(constant, x);
        return Bool(cmp != 2 && test(cmp));
    };

    private static ExprFn Comparison(ExprFn l, ExprFn r, Func<int, bool> test) => (row, g, c) =>
    {
        var a = l(row, g, c);
        var b = r(row, g, c);
        return ValueComparison.Compare(a, b) is { } cmp ? Bool(cmp != 2 && test(cmp)) : null;
    };

    /// <summary>IN: true if any member is equal; otherwise an error if any comparison failed; otherwise false.</summary>
    private ExprFn In(InExpression i)
    {
        var operand = Compile(i.Operand);
        var list = i.List.Select(Compile).ToArray();
        return (row, g, c) =>
        {
            var v = operand(row, g, c);
            if (v is null) return null;
            var error = false;
            foreach (var item in list)
            {
                var eq = ValueComparison.AreEqual(v, item(row, g, c));
                if (eq == true) return Bool(!i.Negated);
                if (eq is null) error = true;
            }
            return error ? null : Bool(i.Negated);
        };
    }

    private ExprFn Exists(ExistsExpression x)
    {
        var plan = planPattern(x.Pattern);
        return (row, g, c) => Bool(plan.Evaluate(row, g, c).Any() != x.Negated);
    }

    private ExprFn Function(FunctionCall f)
    {
        var args = f.Args.Select(Compile).ToArray();
        if (Casts.IsCast(f.Function) && args.Length == 1)
        {
            var target = f.Function;
            return (row, g, c) => Casts.Cast(target, args[0](row, g, c));
        }
        // Unknown extension functions are errors (§17.6), which FILTER treats as false.
        return (_, _, _) => null;
    }
}
