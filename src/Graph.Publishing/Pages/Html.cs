using System.Text;

namespace Graph.Publishing.Pages;

/// <summary>
/// Escaping for the pages: every piece of data goes through here. Text and double-quoted attribute values escape the
/// five HTML-significant characters; only http(s) and mailto IRIs and local paths become links (a
/// <c>javascript:</c> IRI in the data stays text); JSON for a <c>&lt;script&gt;</c> element has <c>&lt;</c>,
/// <c>&gt;</c> and <c>&amp;</c> as JSON escapes so no <c>&lt;/script&gt;</c> can close it early.
/// </summary>
internal static class Html
{
    public static StringBuilder Text(this StringBuilder sb, string? text)
    {
        if (text is null) return sb;
        foreach (var c in text)
        {
            switch (c)
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '"': sb.Append("&quot;"); break;
                case '\'': sb.Append("&#39;"); break;
                // C0 controls other than tab and line breaks are not allowed in HTML text.
                case < ' ' when c is not ('\t' or '\n' or '\r'): sb.Append('\uFFFD'); break;
                default: sb.Append(c); break;
            }
        }
        return sb;
    }

    public static string Escape(string? text) => new StringBuilder().Text(text).ToString();

    /// <summary>True when <paramref name="url"/> may be put in an <c>href</c>: a local path or an http(s)/mailto IRI.</summary>
    public static bool IsSafeLink(string url) =>
        (url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal))
        || url.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
        || url.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
        || url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase);

    /// <summary>Appends <c>&lt;a href="url"&gt;label&lt;/a&gt;</c>, or only the label when the URL is not safe to link.</summary>
    public static StringBuilder Link(this StringBuilder sb, string url, string label, string? title = null)
    {
        if (!IsSafeLink(url)) return sb.Append("<span class=\"iri\">").Text(label).Append("</span>");
        sb.Append("<a href=\"").Text(url).Append('"');
        if (title is not null) sb.Append(" title=\"").Text(title).Append('"');
        return sb.Append('>').Text(label).Append("</a>");
    }

    /// <summary>JSON made safe inside <c>&lt;script type="application/ld+json"&gt;</c>.</summary>
    public static string ScriptJson(string json) => json
        .Replace("&", "\\u0026", StringComparison.Ordinal)
        .Replace("<", "\\u003c", StringComparison.Ordinal)
        .Replace(">", "\\u003e", StringComparison.Ordinal)
        .Replace("\u2028", "\\u2028", StringComparison.Ordinal)
        .Replace("\u2029", "\\u2029", StringComparison.Ordinal);
}
