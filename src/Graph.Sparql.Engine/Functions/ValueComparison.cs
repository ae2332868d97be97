using Graph.Core.Terms;
using Graph.Core.Vocabularies;

namespace Graph.Sparql.Engine.Functions;

/// <summary>
/// The SPARQL operators <c>=</c>, <c>!=</c>, <c>&lt;</c> … (SPARQL 1.1 §17.3 operator mapping) over terms.
/// A null result is a type error.
/// </summary>
public static class ValueComparison
{
    /// <summary><c>a = b</c>: value equality for known types, RDFterm-equal otherwise (§17.4.1.7).</summary>
    public static bool? AreEqual(Term? a, Term? b)
    {
        if (a is null || b is null) return null;
        if (a is not Literal la || b is not Literal lb) return a.Equals(b);

        var ka = Classify(la);
        var kb = Classify(lb);
        if (ka == ValueSpace.Numeric && kb == ValueSpace.Numeric && Numeric.TryFrom(la, out var x) && Numeric.TryFrom(lb, out var y))
            return CompareNumeric(x, y) == 0;
        if (ka == ValueSpace.DateTime && kb == ValueSpace.DateTime && DateTimeValue.TryFrom(la, out var dx) && DateTimeValue.TryFrom(lb, out var dy))
            return dx.IsDateOnly != dy.IsDateOnly ? false : DateTimeValue.Compare(dx, dy) is { } c ? c == 0 : null;
        if (ka == ValueSpace.Boolean && kb == ValueSpace.Boolean && TryBoolean(la, out var bx) && TryBoolean(lb, out var by))
            return bx == by;
        if (ka == ValueSpace.String && kb == ValueSpace.String) return la.LexicalForm == lb.LexicalForm;
        if (la.Equals(lb)) return true;
        // A language-tagged literal never equals a literal of another kind, or one with another tag or text.
        if (ka == ValueSpace.LangString || kb == ValueSpace.LangString) return false;
        // Literals of two different known value spaces are simply different; anything involving an unknown or
        // ill-typed literal cannot be decided (RDFterm-equal raises a type error).
        if (ka != ValueSpace.Other && kb != ValueSpace.Other && IsWellTyped(la, ka) && IsWellTyped(lb, kb)) return false;
        return null;
    }

    /// <summary><c>a &lt; b</c> and friends: the sign of the comparison, or null when the operands are not comparable.</summary>
    public static int? Compare(Term? a, Term? b)
    {
        if (a is not Literal la || b is not Literal lb) return null;
        var ka = Classify(la);
        var kb = Classify(lb);
        if (ka != kb) return null;
        switch (ka)
        {
            case ValueSpace.Numeric:
                return Numeric.TryFrom(la, out var x) && Numeric.TryFrom(lb, out var y) ? CompareNumeric(x, y) : null;
            case ValueSpace.String:
                return Math.Sign(string.CompareOrdinal(la.LexicalForm, lb.LexicalForm));
            case ValueSpace.Boolean:
                return TryBoolean(la, out var bx) && TryBoolean(lb, out var by) ? bx.CompareTo(by) : null;
            case ValueSpace.DateTime:
                return DateTimeValue.TryFrom(la, out var dx) && DateTimeValue.TryFrom(lb, out var dy) && dx.IsDateOnly == dy.IsDateOnly
                    ? DateTimeValue.Compare(dx, dy)
                    : null;
            default:
                return null;
        }
    }

    /// <summary>Numeric comparison after type promotion; NaN compares unequal to everything (returns 2 as "unordered").</summary>
    public static int CompareNumeric(Numeric x, Numeric y)
    {
        if (x.IsExact && y.IsExact) return x.Exact.CompareTo(y.Exact);
        var dx = x.AsDouble;
        var dy = y.AsDouble;
        if (double.IsNaN(dx) || double.IsNaN(dy)) return 2;
        return dx.CompareTo(dy);
    }

    internal static bool TryBoolean(Literal l, out bool value)
    {
        switch (l.LexicalForm)
        {
            case "true" or "1": value = true; return true;
            case "false" or "0": value = false; return true;
            default: value = false; return false;
        }
    }

    private static bool IsWellTyped(Literal l, ValueSpace space) => space switch
    {
        ValueSpace.Numeric => Numeric.TryFrom(l, out _),
        ValueSpace.Boolean => TryBoolean(l, out _),
        ValueSpace.DateTime => DateTimeValue.TryFrom(l, out _),
        _ => true,
    };

    internal enum ValueSpace { String, LangString, Numeric, Boolean, DateTime, Other }

    internal static ValueSpace Classify(Literal l)
    {
        if (l.Language is not null) return ValueSpace.LangString;
        var dt = l.Datatype;
        if (dt.Equals(Xsd.String)) return ValueSpace.String;
        if (Numeric.KindOf(dt) is not null) return ValueSpace.Numeric;
        if (dt.Equals(Xsd.Boolean)) return ValueSpace.Boolean;
        if (dt.Equals(Xsd.DateTime) || dt.Equals(Xsd.Date) || dt.Equals(Xsd.DateTimeStamp)) return ValueSpace.DateTime;
        return ValueSpace.Other;
    }
}
