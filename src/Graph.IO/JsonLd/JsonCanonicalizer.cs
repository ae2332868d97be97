using System.Globalization;
using System.Text;

namespace Graph.IO.JsonLd;

/// <summary>
/// JSON Canonicalization Scheme (RFC 8785): the lexical form of <c>rdf:JSON</c> literals. Keys sorted by UTF-16 code
/// units, no whitespace, ECMAScript number formatting, minimal string escaping.
/// </summary>
internal static class JsonCanonicalizer
{
    public static string Serialize(object? value)
    {
        var sb = new StringBuilder();
        Write(sb, value);
        return sb.ToString();
    }

    private static void Write(StringBuilder sb, object? value)
    {
        switch (value)
        {
            case null: sb.Append("null"); break;
            case bool b: sb.Append(b ? "true" : "false"); break;
            case string s: WriteString(sb, s); break;
            case long l: sb.Append(FormatNumber(l)); break;
            case double d: sb.Append(FormatNumber(d)); break;
            case List<object?> list:
                sb.Append('[');
                for (var i = 0; i < list.Count; i++)
                {
                    if (i > 0) sb.Append(',');
                    Write(sb, list[i]);
                }
                sb.Append(']');
                break;
            case JsonMap map:
                var keys = map.Keys.ToList();
                keys.Sort(StringComparer.Ordinal);
                sb.Append('{');
                for (var i = 0; i < keys.Count; i++)
                {
                    if (i > 0) sb.Append(',');
                    WriteString(sb, keys[i]);
                    sb.Append(':');
                    Write(sb, map[keys[i]]);
                }
                sb.Append('}');
                break;
            default: throw new InvalidOperationException("not a JSON value: " + value.GetType().Name);
        }
    }

    private static void WriteString(StringBuilder sb, string s)
    {
        sb.Append('"');
        foreach (var c in s)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\b': sb.Append("\\b"); break;
                case '\f': sb.Append("\\f"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                case < ' ': sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture)); break;
                default: sb.Append(c); break;
            }
        }
        sb.Append('"');
    }

    /// <summary>ECMAScript Number::toString (the shortest round-trip digits, exponent outside 1e-7 ≤ |x| &lt; 1e21).</summary>
    public static string FormatNumber(double d)
    {
        if (d == 0) return "0";
        if (double.IsNaN(d) || double.IsInfinity(d)) throw JsonLdException.Of("invalid JSON literal", "NaN or infinity");
        var r = Math.Abs(d).ToString("R", CultureInfo.InvariantCulture);
        // Split the shortest representation into digits and a decimal exponent n (value = 0.digits × 10^n).
        var e = r.IndexOfAny(['E', 'e']);
        var exp = 0;
        var mantissa = r;
        if (e >= 0)
        {
            exp = int.Parse(r[(e + 1)..], CultureInfo.InvariantCulture);
            mantissa = r[..e];
        }
        var point = mantissa.IndexOf('.');
        var intPart = point < 0 ? mantissa : mantissa[..point];
        var fracPart = point < 0 ? "" : mantissa[(point + 1)..];
        var digits = (intPart + fracPart).TrimStart('0');
        var leadingZeros = (intPart + fracPart).Length - digits.Length;
        var n = intPart.Length + exp - leadingZeros;
        digits = digits.TrimEnd('0');
        var k = digits.Length;
        string result;
        if (k <= n && n <= 21) result = digits + new string('0', n - k);
        else if (0 < n && n <= 21) result = digits[..n] + "." + digits[n..];
        else if (-6 < n && n <= 0) result = "0." + new string('0', -n) + digits;
        else
        {
            var expText = (n - 1 >= 0 ? "+" : "-") + Math.Abs(n - 1).ToString(CultureInfo.InvariantCulture);
            result = k == 1 ? digits + "e" + expText : digits[0] + "." + digits[1..] + "e" + expText;
        }
        return d < 0 ? "-" + result : result;
    }
}
