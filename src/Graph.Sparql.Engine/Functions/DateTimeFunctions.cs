using Graph.Core.Terms;
using Graph.Core.Vocabularies;

namespace Graph.Sparql.Engine.Functions;

/// <summary>YEAR, MONTH, DAY, HOURS, MINUTES, SECONDS, TIMEZONE and TZ (SPARQL 1.1 §17.4.5) over xsd:dateTime (and xsd:date where XPath allows).</summary>
public static class DateTimeFunctions
{
    public static Term? Year(Term? a) => DateTimeValue.TryFrom(a, out var v) ? Literal.Integer(v.Local.Year) : null;

    public static Term? Month(Term? a) => DateTimeValue.TryFrom(a, out var v) ? Literal.Integer(v.Local.Month) : null;

    public static Term? Day(Term? a) => DateTimeValue.TryFrom(a, out var v) ? Literal.Integer(v.Local.Day) : null;

    public static Term? Hours(Term? a) => DateTime(a, out var v) ? Literal.Integer(v.Local.Hour) : null;

    public static Term? Minutes(Term? a) => DateTime(a, out var v) ? Literal.Integer(v.Local.Minute) : null;

    public static Term? Seconds(Term? a) => DateTime(a, out var v) ? Numeric.Decimal(v.Seconds).ToLiteral() : null;

    public static Term? Timezone(Term? a) => DateTimeValue.TryFrom(a, out var v) ? v.TimezoneDuration : null;

    public static Term? Tz(Term? a) => DateTimeValue.TryFrom(a, out var v) ? Literal.String(v.TimezoneString) : null;

    /// <summary>NOW(): the same instant for the whole query, passed in by the evaluator.</summary>
    public static Term Now(DateTimeOffset queryTime) =>
        new Literal(queryTime.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", System.Globalization.CultureInfo.InvariantCulture), Xsd.DateTime);

    private static bool DateTime(Term? a, out DateTimeValue v) => DateTimeValue.TryFrom(a, out v) && !v.IsDateOnly;
}
