namespace Graph.Publishing.Sitemaps;

/// <summary>One page of a sitemap: its URL and, when known, the date it last changed.</summary>
public sealed record SitemapEntry(string Location, DateOnly? LastModified);
