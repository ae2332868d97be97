using System.Net;
using System.Xml.Linq;
using Graph.Core.Terms;
using Graph.IO;

namespace Graph.Server.Tests.Publishing;

/// <summary>VoID at /.well-known/void, DCAT at /dcat, sitemap.xml and robots.txt, as a harvester reads them.</summary>
public sealed class HarvesterTests(SampleServer fixture) : IClassFixture<SampleServer>
{
    private readonly HttpClient _client = fixture.Client;

    private async Task<List<Quad>> ReadTurtleAsync(string path)
    {
        var response = await _client.GetAsync(path, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/turtle", response.Content.Headers.ContentType?.MediaType);
        var read = new QuadList();
        RdfSyntaxes.CreateReader(RdfFormat.Turtle).Read(await response.Content.ReadAsStreamAsync(TestContext.Current.CancellationToken), read, new RdfReaderOptions());
        return read.Quads;
    }

    [Fact]
    public async Task VoidNamesTheEndpointAndTheDumpsOnThisServer()
    {
        var quads = await ReadTurtleAsync(".well-known/void");
        var endpoint = new Uri(fixture.Server.Address, "sparql").AbsoluteUri;
        Assert.Contains(quads, q => q.Predicate.ToString() == "<http://rdfs.org/ns/void#sparqlEndpoint>" && ((Iri)q.Object).Value == endpoint);
        var dumps = quads.Where(q => q.Predicate.ToString() == "<http://rdfs.org/ns/void#dataDump>").Select(q => ((Iri)q.Object).Value).ToList();
        Assert.Contains(dumps, d => d.EndsWith("/data?format=ttl", StringComparison.Ordinal));
        // The dump it names is really there.
        var dump = await _client.GetAsync(dumps.First(d => d.EndsWith("format=ttl", StringComparison.Ordinal)), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, dump.StatusCode);
        Assert.Contains(quads, q => q.Predicate.ToString() == "<http://rdfs.org/ns/void#propertyPartition>");
    }

    [Fact]
    public async Task DcatDescribesTheDatasetItsDistributionsAndTheService()
    {
        var quads = await ReadTurtleAsync("dcat");
        Assert.Contains(quads, q => q.Object.ToString() == "<http://www.w3.org/ns/dcat#Dataset>");
        Assert.Contains(quads, q => q.Object.ToString() == "<http://www.w3.org/ns/dcat#DataService>");
        Assert.Contains(quads, q => q.Predicate.ToString() == "<http://www.w3.org/ns/dcat#downloadURL>");
        var jsonld = await _client.GetAsync("dcat?format=jsonld", TestContext.Current.CancellationToken);
        Assert.Equal("application/ld+json", jsonld.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task SitemapListsThePagesOnThisServerAndRobotsAnnouncesIt()
    {
        var response = await _client.GetAsync("sitemap.xml", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var doc = XDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        XNamespace sm = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var locations = doc.Root!.Elements(sm + "url").Select(u => u.Element(sm + "loc")!.Value).ToList();
        var page = new Uri(fixture.Server.Address, "note/rijksstudio").AbsoluteUri;
        Assert.Contains(page, locations);
        // Every page listed dereferences.
        var html = await _client.GetAsync(locations[0], TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, html.StatusCode);

        var robots = await _client.GetStringAsync("robots.txt", TestContext.Current.CancellationToken);
        Assert.Contains("Sitemap: " + new Uri(fixture.Server.Address, "sitemap.xml").AbsoluteUri.TrimEnd('/'), robots, StringComparison.Ordinal);
        Assert.Contains("Disallow: /sparql", robots, StringComparison.Ordinal);
    }
}
