using System.Globalization;

namespace Graph.Sparql.Engine.Functions;

/// <summary>Lexical space checks and canonical forms of the XSD types SPARQL operates on.</summary>
public static class XsdLexical
{
    public static bool IsInteger(ReadOnlySpan<char> s)
    {
        if (s.Length > 0 && (s[0] == '+' || s[0] == '-')) s = s[1..];
        if (s.Length == 0) return false;
        foreach (var c in s) if (!char.IsAsciiDigit(c)) return false;
        return true;
    }

    public static bool IsDecimal(ReadOnlySpan<char> s)
    {
        if (s.Length > 0 && (s[0] == '+' || s[0] == '-')) s = s[1..];
        var digits = 0;
        var dot = false;
        foreach (var c in s)
        {
            if (char.IsAsciiDigit(c)) digits++;
            else if (c == '.' && !dot) dot = true;
            else return false;
        }
        return digits > 0;
    }

    /// <summary>xsd:double / xsd:float lexical space: decimal with optional exponent, INF, -INF, +INF, NaN.</summary>
    public static bool TryParseDouble(string s, out double value)
    {
        switch (s)
        {
            case "INF" or "+INF": value = double.PositiveInfinity; return true;
            case "-INF": value = double.NegativeInfinity; return true;
            case "NaN": value = double.NaN; return true;
        }
        value = 0;
        var e = s.IndexOfAny(['e', 'E']);
        var mantissa = e < 0 ? s.AsSpan() : s.AsSpan(0, e);
        if (!IsDecimal(mantissa)) return false;
        if (e >= 0 && !IsInteger(s.AsSpan(e + 1))) return false;
        return double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>The canonical decimal form: no exponent, at least one digit on each side of the point.</summary>
    public static string CanonicalDecimal(decimal d) => d.ToString("0.0###########################", CultureInfo.InvariantCulture);

    /// <summary>
    /// The canonical form of a double (XSD 1.1): the shortest digits that round-trip, one digit before the point,
    /// at least one after, and an exponent: <c>1.5E2</c>, <c>1.0E0</c>, <c>-2.5E-3</c>.
    /// </summary>
    public static string CanonicalDouble(double d)
    {
        if (double.IsNaN(d)) return "NaN";
        if (double.IsPositiveInfinity(d)) return "INF";
        if (double.IsNegativeInfinity(d)) return "-INF";
        if (d == 0) return double.IsNegative(d) ? "-0.0E0" : "0.0E0";
        var digits = ShortestDigits(Math.Abs(d), out var exponent);
        var mantissa = digits.Length == 1 ? digits + ".0" : digits[0] + "." + digits[1..];
        return (d < 0 ? "-" : "") + mantissa + "E" + exponent.ToString(CultureInfo.InvariantCulture);
    }

    // The significant digits of the shortest round-trip form of d (> 0) and the decimal exponent of the first one.
    private static string ShortestDigits(double d, out int exponent)
    {
        var r = d.ToString("R", CultureInfo.InvariantCulture);
        var e = r.IndexOfAny(['E', 'e']);
        var mantissa = e < 0 ? r : r[..e];
        var exp = e < 0 ? 0 : int.Parse(r.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        var dot = mantissa.IndexOf('.');
        var intPart = dot < 0 ? mantissa : mantissa[..dot];
        var all = intPart + (dot < 0 ? "" : mantissa[(dot + 1)..]);
        var significant = all.TrimStart('0');
        exponent = exp + intPart.Length - 1 - (all.Length - significant.Length);
        significant = significant.TrimEnd('0');
        return significant.Length == 0 ? "0" : significant;
    }
}
