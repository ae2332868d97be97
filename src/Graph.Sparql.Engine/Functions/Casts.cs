using System.Globalization;
using Graph.Core.Terms;
using Graph.Core.Vocabularies;

namespace Graph.Sparql.Engine.Functions;

/// <summary>XPath constructor functions (casts) as SPARQL 1.1 §17.5 allows them. Null means the cast is an error.</summary>
public static class Casts
{
    /// <summary>True when <paramref name="function"/> is one of the XSD cast IRIs SPARQL defines.</summary>
    public static bool IsCast(Iri function) =>
        function.Equals(Xsd.String) || function.Equals(Xsd.Boolean) || function.Equals(Xsd.Integer) || function.Equals(Xsd.Decimal)
        || function.Equals(Xsd.Float) || function.Equals(Xsd.Double) || function.Equals(Xsd.DateTime);

    /// <summary>
    /// The XPath string value of a literal (fn:string after casting): canonical forms for numbers and booleans,
    /// with doubles and floats in plain decimal notation between 1E-6 and 1E6; other literals as written.
    /// </summary>
    private static string CanonicalString(Literal l)
    {
        if (l.Datatype.Equals(Xsd.Boolean) && ValueComparison.TryBoolean(l, out var b)) return b ? "true" : "false";
        if (!Numeric.TryFrom(l, out var n)) return l.LexicalForm;
        switch (n.Kind)
        {
            case NumericKind.Integer:
                return n.Exact.ToString("0", CultureInfo.InvariantCulture);
            case NumericKind.Decimal:
                return n.Exact.ToString("0.############################", CultureInfo.InvariantCulture);
            default:
                var d = n.Approximate;
                if (double.IsNaN(d) || double.IsInfinity(d)) return XsdLexical.CanonicalDouble(d);
                var abs = Math.Abs(d);
                if (abs == 0) return double.IsNegative(d) ? "-0" : "0";
                if (abs >= 1e-6 && abs < 1e6)
                    return ((decimal)(n.Kind == NumericKind.Float ? (float)d : d)).ToString("0.############################", CultureInfo.InvariantCulture);
                return XsdLexical.CanonicalDouble(d);
        }
    }

    public static Term? Cast(Iri target, Term? value)
    {
        if (value is null || value is BlankNode) return null;
        if (value is Iri iri) return target.Equals(Xsd.String) ? Literal.String(iri.Value) : null;
        var l = (Literal)value;
        if (l.Language is not null) return null;
        if (target.Equals(Xsd.String)) return Literal.String(CanonicalString(l));
        var fromString = l.Datatype.Equals(Xsd.String);
        var s = l.LexicalForm.Trim();

        if (target.Equals(Xsd.Boolean))
        {
            if (fromString || l.Datatype.Equals(Xsd.Boolean))
                return s switch { "true" or "1" => Literal.Boolean(true), "false" or "0" => Literal.Boolean(false), _ => null };
            return Numeric.TryFrom(l, out var n) ? Literal.Boolean(n.IsExact ? n.Exact != 0 : !(n.Approximate == 0 || double.IsNaN(n.Approximate))) : null;
        }
        if (target.Equals(Xsd.DateTime))
        {
            if (fromString || l.Datatype.Equals(Xsd.DateTime))
                return DateTimeValue.TryParseDateTime(s, out _) ? new Literal(s, Xsd.DateTime) : null;
            if (l.Datatype.Equals(Xsd.Date) && DateTimeValue.TryParseDate(s, out var d))
                return new Literal(d.Local.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture) + d.TimezoneString, Xsd.DateTime);
            return null;
        }

        Numeric source;
        if (fromString)
        {
            if (target.Equals(Xsd.Integer) && XsdLexical.IsInteger(s)) return Numeric.TryFrom(new Literal(s, Xsd.Integer), out source) ? source.ToLiteral() : null;
            if (target.Equals(Xsd.Decimal) && XsdLexical.IsDecimal(s)) return Numeric.TryFrom(new Literal(s, Xsd.Decimal), out source) ? source.ToLiteral() : null;
            if ((target.Equals(Xsd.Double) || target.Equals(Xsd.Float)) && XsdLexical.TryParseDouble(s, out var dbl))
                return (target.Equals(Xsd.Float) ? Numeric.Float(dbl) : Numeric.Double(dbl)).ToLiteral();
            return null;
        }
        if (l.Datatype.Equals(Xsd.Boolean))
        {
            if (!ValueComparison.TryBoolean(l, out var b)) return null;
            source = Numeric.Integer(b ? 1 : 0);
        }
        else if (!Numeric.TryFrom(l, out source)) return null;

        if (target.Equals(Xsd.Integer))
        {
            if (source.IsExact) return Numeric.Integer(decimal.Truncate(source.Exact)).ToLiteral();
            var t = Math.Truncate(source.Approximate);
            if (double.IsNaN(t) || double.IsInfinity(t) || Math.Abs(t) > (double)decimal.MaxValue) return null;
            return Numeric.Integer((decimal)t).ToLiteral();
        }
        if (target.Equals(Xsd.Decimal))
        {
            if (source.IsExact) return Numeric.Decimal(source.Exact).ToLiteral();
            if (double.IsNaN(source.Approximate) || double.IsInfinity(source.Approximate) || Math.Abs(source.Approximate) > (double)decimal.MaxValue) return null;
            return Numeric.Decimal((decimal)source.Approximate).ToLiteral();
        }
        if (target.Equals(Xsd.Float)) return Numeric.Float(source.AsDouble).ToLiteral();
        if (target.Equals(Xsd.Double)) return Numeric.Double(source.AsDouble).ToLiteral();
        return null;
    }
}
