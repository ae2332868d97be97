using System.Globalization;
using Graph.Core.Terms;
using Graph.Core.Vocabularies;
using Graph.Sparql.Algebra;

namespace Graph.Sparql.Optimization;

/// <summary>
/// Evaluates what needs no data: integer arithmetic and comparisons between integer constants, <c>!</c>, <c>&amp;&amp;</c>
/// and <c>||</c> over boolean constants; then drops <c>FILTER(true)</c> and replaces <c>FILTER(false)</c> by the empty table.
/// Why: filters that are always true cost a test per row, and always-false ones let the engine skip a whole subtree.
/// Only integers are folded — decimal, double and string semantics belong to the engine's functions, not to us.
/// </summary>
public sealed class ConstantFolding : IOptimizationPass
{
    public string Name => "constant-folding";

    public Op Apply(Op op) => OpRewriter.BottomUp(op, node =>
    {
        node = OpRewriter.MapExpressions(node, Fold);
        return node switch
        {
            Filter { Expression: ConstantExpression { Term: Literal { LexicalForm: "true" } l } } f when l.Datatype.Equals(Xsd.Boolean) => f.Input,
            Filter { Expression: ConstantExpression { Term: Literal { LexicalForm: "false" } l } } when l.Datatype.Equals(Xsd.Boolean) => Table.Empty,
            _ => node,
        };
    });

    public static Expression Fold(Expression e) => OpRewriter.BottomUp(e, FoldOne);

    private static Expression FoldOne(Expression e)
    {
        switch (e)
        {
            case UnaryExpression { Operator: UnaryOperator.Not, Operand: var x } when AsBoolean(x) is { } b: return Bool(!b);
            case UnaryExpression { Operator: UnaryOperator.Minus, Operand: var x } when AsInteger(x) is { } n && n != long.MinValue:
                return Int(-n);
            case BinaryExpression { Operator: BinaryOperator.And } a when AsBoolean(a.Left) is { } l && AsBoolean(a.Right) is { } r: return Bool(l && r);
            case BinaryExpression { Operator: BinaryOperator.Or } o when AsBoolean(o.Left) is { } l && AsBoolean(o.Right) is { } r: return Bool(l || r);
            case BinaryExpression b when AsInteger(b.Left) is { } l && AsInteger(b.Right) is { } r:
                try
                {
                    return b.Operator switch
                    {
                        BinaryOperator.Add => Int(checked(l + r)),
                        BinaryOperator.Subtract => Int(checked(l - r)),
                        BinaryOperator.Multiply => Int(checked(l * r)),
                        BinaryOperator.Equal => Bool(l == r),
                        BinaryOperator.NotEqual => Bool(l != r),
                        BinaryOperator.Less => Bool(l < r),
                        BinaryOperator.Greater => Bool(l > r),
                        BinaryOperator.LessOrEqual => Bool(l <= r),
                        BinaryOperator.GreaterOrEqual => Bool(l >= r),
                        _ => e, // division of integers yields xsd:decimal: left to the engine
                    };
                }
                catch (OverflowException) { return e; }
            default: return e;
        }
    }

    private static bool? AsBoolean(Expression e) =>
        e is ConstantExpression { Term: Literal l } && l.Datatype.Equals(Xsd.Boolean) && l.LexicalForm is "true" or "false"
            ? l.LexicalForm == "true" : null;

    private static long? AsInteger(Expression e) =>
        e is ConstantExpression { Term: Literal l } && l.Datatype.Equals(Xsd.Integer)
        && long.TryParse(l.LexicalForm, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) ? n : null;

    private static ConstantExpression Bool(bool b) => new(Literal.Boolean(b));

    private static ConstantExpression Int(long n) => new(Literal.Integer(n));
}
