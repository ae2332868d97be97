using System.Globalization;
using Graph.Core.Terms;
using Graph.Core.Vocabularies;

namespace Graph.Sparql.Engine.Functions;

/// <summary>
/// A numeric value of an XSD numeric literal. Integers and decimals are held as <see cref="decimal"/> (28 significant
/// digits, enough for the values SPARQL data carries), floats and doubles as <see cref="double"/>.
/// </summary>
public readonly record struct Numeric(NumericKind Kind, decimal Exact, double Approximate)
{
    public static Numeric Integer(decimal v) => new(NumericKind.Integer, decimal.Truncate(v), (double)v);

    public static Numeric Decimal(decimal v) => new(NumericKind.Decimal, v, (double)v);

    public static Numeric Double(double v) => new(NumericKind.Double, 0, v);

    public static Numeric Float(double v) => new(NumericKind.Float, 0, (float)v);

    public bool IsExact => Kind <= NumericKind.Decimal;

    public double AsDouble => IsExact ? (double)Exact : Approximate;

    /// <summary>Reads the numeric value of a literal; false for non-numeric datatypes and ill-typed lexical forms.</summary>
    public static bool TryFrom(Term? term, out Numeric value)
    {
        value = default;
        if (term is not Literal l || l.Language is not null) return false;
        var kind = KindOf(l.Datatype);
        if (kind is null) return false;
        var s = l.LexicalForm.Trim();
        switch (kind.Value)
        {
            case NumericKind.Integer:
                if (!XsdLexical.IsInteger(s) || !decimal.TryParse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var i)) return false;
                if (!IntegerSubtypeAllows(l.Datatype, i)) return false;
                value = Integer(i);
                return true;
            case NumericKind.Decimal:
                if (!XsdLexical.IsDecimal(s) || !decimal.TryParse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d)) return false;
                value = Decimal(d);
                return true;
            default:
                if (!XsdLexical.TryParseDouble(s, out var f)) return false;
                value = kind == NumericKind.Float ? Float(f) : Double(f);
                return true;
        }
    }

    /// <summary>The numeric kind of a datatype (derived integer types are integers), or null.</summary>
    public static NumericKind? KindOf(Iri datatype)
    {
        var v = datatype.Value;
        if (!v.StartsWith(Xsd.Namespace, StringComparison.Ordinal)) return null;
        return v.AsSpan(Xsd.Namespace.Length) switch
        {
            "integer" or "long" or "int" or "short" or "byte" or "nonNegativeInteger" or "positiveInteger"
                or "nonPositiveInteger" or "negativeInteger" or "unsignedLong" or "unsignedInt" or "unsignedShort"
                or "unsignedByte" => NumericKind.Integer,
            "decimal" => NumericKind.Decimal,
            "float" => NumericKind.Float,
            "double" => NumericKind.Double,
            _ => null,
        };
    }

    private static bool IntegerSubtypeAllows(Iri datatype, decimal v) => datatype.Value.AsSpan(Xsd.Namespace.Length) switch
    {
        "nonNegativeInteger" or "unsignedLong" => v >= 0 && (datatype.Value.EndsWith("Integer", StringComparison.Ordinal) || v <= ulong.MaxValue),
        "positiveInteger" => v > 0,
        "nonPositiveInteger" => v <= 0,
        "negativeInteger" => v < 0,
        "long" => v is >= long.MinValue and <= long.MaxValue,
        "int" => v is >= int.MinValue and <= int.MaxValue,
        "short" => v is >= short.MinValue and <= short.MaxValue,
        "byte" => v is >= sbyte.MinValue and <= sbyte.MaxValue,
        "unsignedInt" => v is >= 0 and <= uint.MaxValue,
        "unsignedShort" => v is >= 0 and <= ushort.MaxValue,
        "unsignedByte" => v is >= 0 and <= byte.MaxValue,
        _ => true,
    };

    /// <summary>The literal for this value, in the canonical lexical form of its kind.</summary>
    public Literal ToLiteral() => Kind switch
    {
        NumericKind.Integer => new Literal(Exact.ToString("0", CultureInfo.InvariantCulture), Xsd.Integer),
        NumericKind.Decimal => new Literal(XsdLexical.CanonicalDecimal(Exact), Xsd.Decimal),
        NumericKind.Float => new Literal(XsdLexical.CanonicalDouble(Approximate), Xsd.Float),
        _ => new Literal(XsdLexical.CanonicalDouble(Approximate), Xsd.Double),
    };
}
