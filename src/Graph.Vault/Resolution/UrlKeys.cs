namespace Graph.Vault.Resolution;

/// <summary>Normal forms of URLs for identity: same person's profile, same organisation's site.</summary>
internal static class UrlKeys
{
    private static readonly string[] s_socialHosts =
        ["linkedin.com", "twitter.com", "x.com", "facebook.com", "instagram.com", "youtube.com", "youtu.be", "github.com", "wikipedia.org", "kdrive.infomaniak.com", "doi.org", "google.com"];

    private static readonly HashSet<string> s_skippedSegments = new(StringComparer.OrdinalIgnoreCase)
        { "fr", "en", "de", "it", "es", "home", "index.html", "index.php", "accueil", "fr-ch", "de-ch", "en-us", "en-gb", "news", "about", "a-propos" };

    /// <summary>A profile URL as a key: host without <c>www.</c> or a country subdomain of LinkedIn, path without trailing '/',
    /// query dropped on social sites (tracking), kept elsewhere (<c>?PerNum=…</c> identifies a person).</summary>
    public static string? Profile(string url)
    {
        if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var u) || u.Scheme is not ("http" or "https")) return null;
        var host = Host(u);
        var path = Uri.UnescapeDataString(u.AbsolutePath).TrimEnd('/').ToLowerInvariant();
        var social = s_socialHosts.Any(h => host == h || host.EndsWith("." + h, StringComparison.Ordinal));
        if (!social && path.Length == 0 && u.Query.Length == 0) return "u:" + host;
        return "u:" + host + path + (social ? "" : u.Query);
    }

    /// <summary>An organisation's site as a key: host plus its first meaningful path segment; null for social and file-sharing hosts.</summary>
    public static string? Organization(string? url)
    {
        if (url is null || !Uri.TryCreate(url.Trim(), UriKind.Absolute, out var u) || u.Scheme is not ("http" or "https")) return null;
        var host = Host(u);
        if (s_socialHosts.Any(h => host == h || host.EndsWith("." + h, StringComparison.Ordinal))) return null;
        var first = u.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault(s => !s_skippedSegments.Contains(s));
        return "w:" + host + (first is null ? "" : "/" + first.ToLowerInvariant());
    }

    private static string Host(Uri u)
    {
        var host = u.Host.ToLowerInvariant();
        if (host.StartsWith("www.", StringComparison.Ordinal)) host = host[4..];
        if (host.EndsWith(".linkedin.com", StringComparison.Ordinal)) host = "linkedin.com";
        return host;
    }
}
