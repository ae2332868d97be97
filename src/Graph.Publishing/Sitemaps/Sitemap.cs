using System.Globalization;
using System.Text;
using System.Xml;
using Graph.Core.Terms;
using Graph.Core.Vocabularies;
using Graph.Store;

namespace Graph.Publishing.Sitemaps;

/// <summary>
/// The sitemap of the resource pages (https://www.sitemaps.org/protocol.html): one <c>&lt;url&gt;</c> per document
/// of the URI space (every IRI subject under it, fragments dropped: <c>organization/x#address</c> lives on
/// <c>organization/x</c>'s page), in IRI order, with <c>&lt;lastmod&gt;</c> from the resource's latest date when it
/// has one. A sitemap holds at most <see cref="MaxUrls"/> pages; <see cref="Split"/> cuts larger sets, and
/// <see cref="WriteIndex"/> lists the parts.
/// </summary>
public static class Sitemap
{
    public const int MaxUrls = 50_000;

    public const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private static readonly XmlWriterSettings s_settings = new()
    {
        Encoding = new UTF8Encoding(false),
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\n",
        NewLineHandling = NewLineHandling.Replace,
    };

    /// <summary>
    /// The pages of every resource of the store under <paramref name="uriSpace"/>, as URLs under
    /// <paramref name="publicBase"/> (null: the IRIs themselves, when the URI space is where the pages are served).
    /// </summary>
    public static IReadOnlyList<SitemapEntry> Pages(QuadStore store, string uriSpace, string? publicBase = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        var dict = store.Dictionary;
        var modified = new[] { Schema.DateModified, Schema.DateCreated, Schema.DatePublished }.Select(dict.GetId).Where(i => i != 0).ToArray();
        var pages = new SortedDictionary<string, DateOnly?>(StringComparer.Ordinal);
        var lastSubject = 0;
        foreach (var q in store.Match(TermId.Any, TermId.Any, TermId.Any, TermId.AnyGraph))
        {
            if (q.Subject == lastSubject) continue;
            lastSubject = q.Subject;
            if (dict.GetKind(q.Subject) != TermKind.Iri) continue;
            var iri = ((Iri)dict.Decode(q.Subject)).Value;
            if (!iri.StartsWith(uriSpace, StringComparison.Ordinal) || iri.Length == uriSpace.Length) continue;
            var hash = iri.IndexOf('#', uriSpace.Length);
            var document = hash < 0 ? iri : iri[..hash];
            var url = publicBase is null ? document : publicBase + document[uriSpace.Length..];
            var date = hash < 0 ? LatestDate(store, q.Subject, modified) : null;
            if (!pages.TryGetValue(url, out var known) || (date is not null && (known is null || date > known))) pages[url] = date ?? known;
        }
        return pages.Select(p => new SitemapEntry(p.Key, p.Value)).ToList();
    }

    /// <summary>Cuts a list of pages into sitemaps of at most <see cref="MaxUrls"/> entries.</summary>
    public static IReadOnlyList<IReadOnlyList<SitemapEntry>> Split(IReadOnlyList<SitemapEntry> pages) =>
        pages.Chunk(MaxUrls).Select(c => (IReadOnlyList<SitemapEntry>)c).ToList();

    /// <summary>Writes one <c>urlset</c> (UTF-8, no BOM, LF).</summary>
    public static void Write(IReadOnlyList<SitemapEntry> pages, Stream output)
    {
        ArgumentNullException.ThrowIfNull(pages);
        if (pages.Count > MaxUrls) throw new ArgumentException($"a sitemap holds at most {MaxUrls} URLs; use Split", nameof(pages));
        using var xml = XmlWriter.Create(output, s_settings);
        xml.WriteStartDocument();
        xml.WriteStartElement("urlset", Namespace);
        foreach (var page in pages)
        {
            xml.WriteStartElement("url", Namespace);
            xml.WriteElementString("loc", Namespace, page.Location);
            if (page.LastModified is { } d) xml.WriteElementString("lastmod", Namespace, d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        xml.WriteEndDocument();
        xml.Flush();
        output.WriteByte((byte)'\n');
    }

    /// <summary>Writes a <c>sitemapindex</c> listing the given sitemap URLs.</summary>
    public static void WriteIndex(IEnumerable<string> sitemapUrls, Stream output)
    {
        using var xml = XmlWriter.Create(output, s_settings);
        xml.WriteStartDocument();
        xml.WriteStartElement("sitemapindex", Namespace);
        foreach (var url in sitemapUrls)
        {
            xml.WriteStartElement("sitemap", Namespace);
            xml.WriteElementString("loc", Namespace, url);
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        xml.WriteEndDocument();
        xml.Flush();
        output.WriteByte((byte)'\n');
    }

    private static DateOnly? LatestDate(QuadStore store, int subject, int[] properties)
    {
        DateOnly? latest = null;
        foreach (var p in properties)
            foreach (var q in store.Match(subject, p, TermId.Any, TermId.AnyGraph))
                if (store.Dictionary.Decode(q.Object) is Literal l && l.LexicalForm.Length >= 10
                    && DateOnly.TryParseExact(l.LexicalForm.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
                    && (latest is null || d > latest))
                    latest = d;
        return latest;
    }
}
