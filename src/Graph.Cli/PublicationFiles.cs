using Graph.Mapping;
using Graph.Mapping.Configuration;
using Graph.Publishing;
using Graph.Publishing.Sitemaps;
using Graph.Publishing.Statistics;
using Graph.Store;

namespace Graph.Cli;

/// <summary>
/// What <c>graph convert</c> writes beside the dumps for harvesters: <c>void.ttl</c> and <c>dcat.ttl</c> always, and
/// <c>sitemap.xml</c> when the base IRI is a public web address (the pages are then the IRIs themselves).
/// </summary>
internal static class PublicationFiles
{
    /// <summary>
    /// What VoID and DCAT count, over the statements themselves (counted apart, so it can be done while the dumps are
    /// written; no store is built for it: loading one cost more than the counting).
    /// </summary>
    public static DatasetStatistics Count(ConversionResult result) =>
        DatasetStatistics.Compute(result.Quads, result.DatasetIri, UriSpace(result));

    private static string UriSpace(ConversionResult result)
    {
        var dataset = result.DatasetIri.Value;
        return dataset[..(dataset.LastIndexOf('/') + 1)];
    }

    public static IEnumerable<(string Path, Action<Stream> Write)> Create(ConversionResult result, DatasetStatistics statistics, MappingConfiguration configuration,
        string outDir, IReadOnlyList<DumpDistribution> dumps)
    {
        var uriSpace = UriSpace(result);
        var profile = Publication.Profile(configuration, uriSpace, dumps);
        var voidQuads = Publication.Void(statistics, profile);
        var dcatQuads = Publication.Dcat(statistics, profile);
        yield return (Path.Combine(outDir, "void.ttl"), stream => Publication.WriteTurtle(voidQuads, stream));
        yield return (Path.Combine(outDir, "dcat.ttl"), stream => Publication.WriteTurtle(dcatQuads, stream));
        if (Publication.IsPublicBase(uriSpace))
        {
            var store = new QuadStore();
            store.Load(result.Quads);
            var pages = Sitemap.Pages(store, uriSpace);
            var parts = Sitemap.Split(pages);
            if (parts.Count <= 1)
            {
                yield return (Path.Combine(outDir, "sitemap.xml"), stream => Sitemap.Write(pages, stream));
                yield break;
            }
            var names = Enumerable.Range(1, parts.Count).Select(i => $"sitemap-{i}.xml").ToList();
            yield return (Path.Combine(outDir, "sitemap.xml"), stream => Sitemap.WriteIndex(names.Select(n => uriSpace + n), stream));
            for (var i = 0; i < parts.Count; i++)
            {
                var part = parts[i];
                yield return (Path.Combine(outDir, names[i]), stream => Sitemap.Write(part, stream));
            }
        }
    }
}
