using System.Text;
using Graph.Core.Terms;

namespace Graph.Mapping.Iris;

/// <summary>
/// Turns a URL written in a note into an IRI: absolute http(s) or mailto only; characters that IRIs forbid
/// (spaces, <c>&lt;&gt;"{}|^`\</c>) percent-encoded; everything else kept as written so the IRI matches the link.
/// </summary>
internal static class ExternalIri
{
    private static readonly System.Buffers.SearchValues<char> s_forbidden = System.Buffers.SearchValues.Create("<>\"{}|^`\\ ");

    private static bool ContainsControl(string s)
    {
        foreach (var c in s)
            if (c < 0x20) return true;
        return false;
    }

    public static Iri? TryCreate(string? url)
    {
        if (string.IsNullOrWhiteSpace(url)) return null;
        url = url.Trim();
        // The common case, checked without System.Uri (which costs microseconds per link): scheme, then a host.
        var hierarchical = HostStart(url);
        if (hierarchical > 0)
        {
            if (hierarchical >= url.Length || url[hierarchical] is '/' or '?' or '#' or ':' or '@') return null;
        }
        else if (!(url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) && url.Length > 7 && url.Contains('@', StringComparison.Ordinal)))
            return null;
        if (!url.AsSpan().ContainsAny(s_forbidden) && !ContainsControl(url)) return new Iri(url);
        var sb = new StringBuilder(url.Length);
        foreach (var c in url)
        {
            if (c <= 0x20 || c is '<' or '>' or '"' or '{' or '}' or '|' or '^' or '`' or '\\')
                foreach (var b in Encoding.UTF8.GetBytes(c.ToString())) sb.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            else sb.Append(c);
        }
        return new Iri(sb.ToString());
    }

    private static int HostStart(string url) =>
        url.StartsWith("https://", StringComparison.OrdinalIgnoreCase) ? 8
        : url.StartsWith("http://", StringComparison.OrdinalIgnoreCase) ? 7
        : 0;
}
