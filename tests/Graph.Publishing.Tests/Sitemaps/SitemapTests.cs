using System.Xml.Linq;
using Graph.Publishing.Sitemaps;

namespace Graph.Publishing.Tests.Sitemaps;

public class SitemapTests
{
    private static readonly XNamespace Sm = Sitemap.Namespace;

    [Fact]
    public void ListsEveryResourcePageOnceInIriOrderWithoutFragments()
    {
        var pages = Sitemap.Pages(SampleGraph.Store, SampleGraph.Base);
        var urls = pages.Select(p => p.Location).ToList();
        Assert.Equal(urls.Order(StringComparer.Ordinal), urls);
        Assert.Equal(urls.Distinct(), urls);
        Assert.Contains(SampleGraph.Base + "note/rijksstudio", urls);
        Assert.Contains(SampleGraph.Base + "person/anna-keller", urls);
        Assert.DoesNotContain(urls, u => u.Contains('#', StringComparison.Ordinal));
        Assert.All(urls, u => Assert.StartsWith(SampleGraph.Base, u, StringComparison.Ordinal));
        Assert.Equal(new DateOnly(2023, 2, 20), pages.Single(p => p.Location.EndsWith("note/rijksstudio", StringComparison.Ordinal)).LastModified);
    }

    [Fact]
    public void PagesMoveToThePublicBase()
    {
        var pages = Sitemap.Pages(SampleGraph.Store, SampleGraph.Base, "http://localhost:8080/");
        Assert.Contains("http://localhost:8080/note/rijksstudio", pages.Select(p => p.Location));
    }

    [Fact]
    public void WritesAValidUrlSetWithEscapedLocations()
    {
        var buffer = new MemoryStream();
        Sitemap.Write([new SitemapEntry("http://ex.org/a?x=1&y=<2>", new DateOnly(2024, 3, 1)), new SitemapEntry("http://ex.org/b", null)], buffer);
        var text = System.Text.Encoding.UTF8.GetString(buffer.ToArray());
        Assert.Contains("&amp;y=&lt;2&gt;", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", text, StringComparison.Ordinal);
        var doc = XDocument.Parse(text);
        Assert.Equal(Sm + "urlset", doc.Root!.Name);
        var urls = doc.Root.Elements(Sm + "url").ToList();
        Assert.Equal("http://ex.org/a?x=1&y=<2>", urls[0].Element(Sm + "loc")!.Value);
        Assert.Equal("2024-03-01", urls[0].Element(Sm + "lastmod")!.Value);
        Assert.Null(urls[1].Element(Sm + "lastmod"));
    }

    [Fact]
    public void LargeSetsAreSplitIntoSitemapsOfAtMost50000()
    {
        var many = Enumerable.Range(0, Sitemap.MaxUrls + 1).Select(i => new SitemapEntry("http://ex.org/" + i, null)).ToList();
        var parts = Sitemap.Split(many);
        Assert.Equal([Sitemap.MaxUrls, 1], parts.Select(p => p.Count));
        Assert.Throws<ArgumentException>(() => Sitemap.Write(many, new MemoryStream()));
        var buffer = new MemoryStream();
        Sitemap.WriteIndex(["http://ex.org/sitemap-1.xml", "http://ex.org/sitemap-2.xml"], buffer);
        var doc = XDocument.Parse(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
        Assert.Equal(2, doc.Root!.Elements(Sm + "sitemap").Count());
    }

    [Fact]
    public void RobotsTxtAnnouncesTheSitemapAndKeepsCrawlersOffTheEndpoint()
    {
        var robots = RobotsTxt.Create("http://localhost:8080/sitemap.xml");
        Assert.Equal("User-agent: *\nDisallow: /sparql\nDisallow: /data\nAllow: /\n\nSitemap: http://localhost:8080/sitemap.xml\n", robots);
        Assert.DoesNotContain("\nDisallow: /\n", RobotsTxt.Create("http://x/s.xml\nDisallow: /"), StringComparison.Ordinal);
    }
}
