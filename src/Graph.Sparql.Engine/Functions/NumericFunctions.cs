using Graph.Core.Terms;

namespace Graph.Sparql.Engine.Functions;

/// <summary>Arithmetic (XPath op:numeric-*) and the numeric functions of SPARQL 1.1 §17.4.4. Null means a type error.</summary>
public static class NumericFunctions
{
    public static Term? Add(Term? a, Term? b) => Arithmetic(a, b, (x, y) => x + y, (x, y) => x + y);

    public static Term? Subtract(Term? a, Term? b) => Arithmetic(a, b, (x, y) => x - y, (x, y) => x - y);

    public static Term? Multiply(Term? a, Term? b) => Arithmetic(a, b, (x, y) => x * y, (x, y) => x * y);

    /// <summary>Division: integer / integer gives a decimal; exact division by zero is an error, floating gives INF/NaN.</summary>
    public static Term? Divide(Term? a, Term? b)
    {
        if (!Numeric.TryFrom(a, out var x) || !Numeric.TryFrom(b, out var y)) return null;
        var kind = (NumericKind)Math.Max((byte)Math.Max((byte)x.Kind, (byte)y.Kind), (byte)NumericKind.Decimal);
        if (kind == NumericKind.Decimal)
        {
            if (y.Exact == 0) return null;
            try { return Numeric.Decimal(x.Exact / y.Exact).ToLiteral(); }
            catch (OverflowException) { return null; }
        }
        var r = x.AsDouble / y.AsDouble;
        return (kind == NumericKind.Float ? Numeric.Float(r) : Numeric.Double(r)).ToLiteral();
    }

    public static Term? Negate(Term? a)
    {
        if (!Numeric.TryFrom(a, out var x)) return null;
        return (x.IsExact ? x with { Exact = -x.Exact } : x with { Approximate = -x.Approximate }).ToLiteral();
    }

    public static Term? Plus(Term? a) => Numeric.TryFrom(a, out var x) ? x.ToLiteral() : null;

    public static Term? Abs(Term? a) => Unary(a, Math.Abs, Math.Abs);

    public static Term? Ceil(Term? a) => Unary(a, Math.Ceiling, Math.Ceiling);

    public static Term? Floor(Term? a) => Unary(a, Math.Floor, Math.Floor);

    /// <summary>fn:round: halves round towards positive infinity.</summary>
    public static Term? Round(Term? a) => Unary(a, d => Math.Floor(d + 0.5m), d => Math.Floor(d + 0.5));

    private static Term? Unary(Term? a, Func<decimal, decimal> exact, Func<double, double> approximate)
    {
        if (!Numeric.TryFrom(a, out var x)) return null;
        return (x.IsExact ? x with { Exact = exact(x.Exact) } : x with { Approximate = approximate(x.Approximate) }).ToLiteral();
    }

    private static Term? Arithmetic(Term? a, Term? b, Func<decimal, decimal, decimal> exact, Func<double, double, double> approximate)
    {
        if (!Numeric.TryFrom(a, out var x) || !Numeric.TryFrom(b, out var y)) return null;
        var kind = (NumericKind)Math.Max((byte)x.Kind, (byte)y.Kind);
        switch (kind)
        {
            case NumericKind.Integer:
            case NumericKind.Decimal:
                try
                {
                    var r = exact(x.Exact, y.Exact);
                    return (kind == NumericKind.Integer ? Numeric.Integer(r) : Numeric.Decimal(r)).ToLiteral();
                }
                catch (OverflowException)
                {
                    return Numeric.Double(approximate(x.AsDouble, y.AsDouble)).ToLiteral();
                }
            case NumericKind.Float:
                return Numeric.Float(approximate(x.AsDouble, y.AsDouble)).ToLiteral();
            default:
                return Numeric.Double(approximate(x.AsDouble, y.AsDouble)).ToLiteral();
        }
    }
}
