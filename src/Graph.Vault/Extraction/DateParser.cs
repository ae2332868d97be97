using System.Globalization;

namespace Graph.Vault.Extraction;

/// <summary>Reads the dates people write in front matter: ISO 8601 (date or date-time), and day-first European forms.</summary>
internal static class DateParser
{
    private static readonly string[] s_formats =
    [
        "yyyy-MM-dd", "yyyy-M-d", "yyyy/MM/dd", "dd.MM.yyyy", "d.M.yyyy", "dd/MM/yyyy", "d/M/yyyy", "dd-MM-yyyy", "yyyyMMdd",
    ];

    public static DateOnly? Parse(string text)
    {
        var t = text.Trim().Trim('"', '\'');
        if (DateOnly.TryParseExact(t, s_formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return d;
        // Date-times (2022-10-12T09:00, 2022-10-12 09:00:00 +02:00): the calendar date as written, not shifted to UTC.
        if (t.Length > 10 && DateOnly.TryParseExact(t[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out d)
            && (t[10] is 'T' or 't' or ' ') && DateTimeOffset.TryParse(t, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _)) return d;
        return null;
    }
}
