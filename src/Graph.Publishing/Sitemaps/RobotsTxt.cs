using System.Text;

namespace Graph.Publishing.Sitemaps;

/// <summary>
/// The <c>robots.txt</c> of a served graph (RFC 9309): crawlers may read the resource pages and the descriptions, but
/// not the query endpoint or the dump routes (costly, and the dumps are announced by VoID and DCAT instead); the
/// sitemap is announced.
/// </summary>
public static class RobotsTxt
{
    /// <param name="sitemapUrl">Absolute URL of the sitemap.</param>
    /// <param name="disallowed">Paths crawlers should not fetch (default <c>/sparql</c> and <c>/data</c>).</param>
    public static string Create(string sitemapUrl, IEnumerable<string>? disallowed = null)
    {
        var sb = new StringBuilder();
        sb.Append("User-agent: *\n");
        foreach (var path in disallowed ?? ["/sparql", "/data"])
            sb.Append("Disallow: ").Append(Clean(path)).Append('\n');
        sb.Append("Allow: /\n\n");
        sb.Append("Sitemap: ").Append(Clean(sitemapUrl)).Append('\n');
        return sb.ToString();
    }

    // A line break in a value would let it add directives.
    private static string Clean(string value) => value.Replace("\r", "", StringComparison.Ordinal).Replace("\n", "", StringComparison.Ordinal).Trim();
}
