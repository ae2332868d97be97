using System.Text;
using Graph.Core.Terms;

namespace Graph.Mapping.Iris;

/// <summary>
/// Turns a URL written in a note into an IRI: absolute http(s) or mailto only; characters that IRIs forbid
/// (spaces, <c>&lt;&gt;"{}|^`\</c>) percent-encoded; everything else kept as written so the IRI matches the link.
/// </summary>
internal static class ExternalIri
{
    public static Iri? TryCreate(string? url)
    {
        if (string.IsNullOrWhiteSpace(url)) return null;
        url = url.Trim();
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri)) return null;
        if (uri.Scheme is not ("http" or "https" or "mailto")) return null;
        if (uri.Scheme != "mailto" && string.IsNullOrEmpty(uri.Host)) return null;
        var sb = new StringBuilder(url.Length);
        foreach (var c in url)
        {
            if (c <= 0x20 || c is '<' or '>' or '"' or '{' or '}' or '|' or '^' or '`' or '\\')
                foreach (var b in Encoding.UTF8.GetBytes(c.ToString())) sb.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            else sb.Append(c);
        }
        return new Iri(sb.ToString());
    }
}
