using System.Globalization;
using System.Text.RegularExpressions;
using Graph.Core.Terms;
using Graph.Core.Vocabularies;

namespace Graph.Sparql.Engine.Functions;

/// <summary>
/// The value of an xsd:dateTime or xsd:date literal: the local date-time (as written) and an optional timezone offset
/// in minutes. Comparison follows XPath: values with and without a timezone compare only when the ±14 h window
/// cannot change the answer.
/// </summary>
public readonly partial record struct DateTimeValue(DateTime Local, TimeSpan? Offset, bool IsDateOnly, string FractionDigits)
{
    [GeneratedRegex(@"^(-?\d{4,})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)(\.\d+)?(Z|[+-]\d\d:\d\d)?$", RegexOptions.CultureInvariant)]
    private static partial Regex DateTimePattern();

    [GeneratedRegex(@"^(-?\d{4,})-(\d\d)-(\d\d)(Z|[+-]\d\d:\d\d)?$", RegexOptions.CultureInvariant)]
    private static partial Regex DatePattern();

    public static bool TryFrom(Term? term, out DateTimeValue value)
    {
        value = default;
        if (term is not Literal l || l.Language is not null) return false;
        if (l.Datatype.Equals(Xsd.DateTime) || l.Datatype.Equals(Xsd.DateTimeStamp)) return TryParseDateTime(l.LexicalForm, out value);
        if (l.Datatype.Equals(Xsd.Date)) return TryParseDate(l.LexicalForm, out value);
        return false;
    }

    public static bool TryParseDateTime(string s, out DateTimeValue value)
    {
        value = default;
        var m = DateTimePattern().Match(s);
        if (!m.Success) return false;
        if (!int.TryParse(m.Groups[1].Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var year) || year < 1 || year > 9999) return false;
        int month = Int(m.Groups[2]), day = Int(m.Groups[3]), hour = Int(m.Groups[4]), minute = Int(m.Groups[5]), second = Int(m.Groups[6]);
        var fraction = m.Groups[7].Success ? m.Groups[7].Value[1..] : "";
        var endOfDay = hour == 24 && minute == 0 && second == 0 && fraction.TrimEnd('0').Length == 0;
        if (hour > 23 && !endOfDay) return false;
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month) || minute > 59 || second > 59) return false;
        var local = new DateTime(year, month, day, endOfDay ? 0 : hour, minute, second, DateTimeKind.Unspecified);
        if (endOfDay) local = local.AddDays(1);
        if (fraction.Length > 0)
            local = local.AddTicks((long)(decimal.Parse("0." + fraction, CultureInfo.InvariantCulture) * TimeSpan.TicksPerSecond));
        if (!TryOffset(m.Groups[8], out var offset)) return false;
        value = new DateTimeValue(local, offset, false, fraction);
        return true;
    }

    public static bool TryParseDate(string s, out DateTimeValue value)
    {
        value = default;
        var m = DatePattern().Match(s);
        if (!m.Success) return false;
        if (!int.TryParse(m.Groups[1].Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var year) || year < 1 || year > 9999) return false;
        int month = Int(m.Groups[2]), day = Int(m.Groups[3]);
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return false;
        if (!TryOffset(m.Groups[4], out var offset)) return false;
        value = new DateTimeValue(new DateTime(year, month, day, 0, 0, 0, DateTimeKind.Unspecified), offset, true, "");
        return true;
    }

    private static int Int(Group g) => int.Parse(g.Value, CultureInfo.InvariantCulture);

    private static bool TryOffset(Group g, out TimeSpan? offset)
    {
        offset = null;
        if (!g.Success) return true;
        if (g.Value == "Z") { offset = TimeSpan.Zero; return true; }
        var sign = g.Value[0] == '-' ? -1 : 1;
        int h = int.Parse(g.Value.AsSpan(1, 2), CultureInfo.InvariantCulture), m = int.Parse(g.Value.AsSpan(4, 2), CultureInfo.InvariantCulture);
        if (h > 14 || m > 59 || (h == 14 && m > 0)) return false;
        offset = sign * new TimeSpan(h, m, 0);
        return true;
    }

    /// <summary>The instant in UTC, taking an absent timezone as <paramref name="implicitOffset"/>.</summary>
    public DateTime Utc(TimeSpan implicitOffset) => Local - (Offset ?? implicitOffset);

    /// <summary>XPath comparison: negative, zero, positive, or null when indeterminate (one value lacks a timezone).</summary>
    public static int? Compare(DateTimeValue a, DateTimeValue b)
    {
        if (a.Offset.HasValue == b.Offset.HasValue)
            return a.Utc(TimeSpan.Zero).CompareTo(b.Utc(TimeSpan.Zero));
        var max = TimeSpan.FromHours(14);
        int low, high;
        if (a.Offset.HasValue)
        {
            low = a.Utc(TimeSpan.Zero).CompareTo(b.Utc(max));
            high = a.Utc(TimeSpan.Zero).CompareTo(b.Utc(-max));
        }
        else
        {
            low = a.Utc(max).CompareTo(b.Utc(TimeSpan.Zero));
            high = a.Utc(-max).CompareTo(b.Utc(TimeSpan.Zero));
        }
        return Math.Sign(low) == Math.Sign(high) ? Math.Sign(low) : null;
    }

    /// <summary>The SPARQL TZ() string: "Z", "+hh:mm"/"-hh:mm", or "" without a timezone.</summary>
    public string TimezoneString =>
        Offset is not { } o ? "" : o == TimeSpan.Zero ? "Z" : (o < TimeSpan.Zero ? "-" : "+") + o.Duration().ToString(@"hh\:mm", CultureInfo.InvariantCulture);

    /// <summary>The SPARQL TIMEZONE() value as an xsd:dayTimeDuration literal, or null without a timezone.</summary>
    public Literal? TimezoneDuration
    {
        get
        {
            if (Offset is not { } o) return null;
            if (o == TimeSpan.Zero) return new Literal("PT0S", Xsd.DayTimeDuration);
            var sign = o < TimeSpan.Zero ? "-" : "";
            var d = o.Duration();
            var text = sign + "PT" + (d.Hours > 0 ? d.Hours.ToString(CultureInfo.InvariantCulture) + "H" : "") + (d.Minutes > 0 ? d.Minutes.ToString(CultureInfo.InvariantCulture) + "M" : "");
            return new Literal(text, Xsd.DayTimeDuration);
        }
    }

    /// <summary>The seconds field with its fraction, as SECONDS() returns it.</summary>
    public decimal Seconds => Local.Second + (FractionDigits.Length == 0 ? 0m : decimal.Parse("0." + FractionDigits, CultureInfo.InvariantCulture));
}
