using System.Xml.Linq;
using Graph.IO;
using Graph.Testing;

namespace Graph.Cli.Tests;

/// <summary><c>graph convert</c> writes the VoID and DCAT descriptions beside the dumps, and a sitemap for a public base.</summary>
public class ConvertPublicationTests
{
    [Fact]
    public void WritesVoidDcatAndASitemapForAPublicBase()
    {
        var samples = Path.Combine(SharedData.RepositoryRoot, "samples");
        var dir = Directory.CreateTempSubdirectory("graph-publication-").FullName;
        try
        {
            var exit = CliRunner.Run(out var stdout, out var stderr, "convert", samples, "--out", dir, "--base", "https://data.museum.ch/graph/", "--format", "ttl,nt", "--quiet");
            Assert.True(exit == 0, stderr + stdout);
            Assert.Equal(["dcat.ttl", "graph.nt", "graph.ttl", "sitemap.xml", "void.ttl"],
                Directory.GetFiles(dir).Select(Path.GetFileName).Order(StringComparer.Ordinal));

            var dcat = Read(Path.Combine(dir, "dcat.ttl"));
            var size = new FileInfo(Path.Combine(dir, "graph.nt")).Length.ToString(System.Globalization.CultureInfo.InvariantCulture);
            Assert.Contains(dcat, q => q.Subject.ToString() == "<https://data.museum.ch/graph/dataset/distribution/graph.nt>"
                && q.Predicate.ToString() == "<http://www.w3.org/ns/dcat#byteSize>" && q.Object is Graph.Core.Terms.Literal { LexicalForm: var l } && l == size);
            var voidQuads = Read(Path.Combine(dir, "void.ttl"));
            Assert.Contains(voidQuads, q => q.Predicate.ToString() == "<http://rdfs.org/ns/void#dataDump>" && q.Object.ToString() == "<https://data.museum.ch/graph/graph.ttl>");

            var sitemap = XDocument.Load(Path.Combine(dir, "sitemap.xml"));
            XNamespace sm = "http://www.sitemaps.org/schemas/sitemap/0.9";
            Assert.Contains("https://data.museum.ch/graph/note/rijksstudio", sitemap.Root!.Elements(sm + "url").Select(u => u.Element(sm + "loc")!.Value));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void NoSitemapForAnExampleBase()
    {
        var samples = Path.Combine(SharedData.RepositoryRoot, "samples");
        var dir = Directory.CreateTempSubdirectory("graph-publication-").FullName;
        try
        {
            var exit = CliRunner.Run(out var stdout, out var stderr, "convert", samples, "--out", dir, "--format", "nt", "--quiet");
            Assert.True(exit == 0, stderr + stdout);
            Assert.Equal(["dcat.ttl", "graph.nt", "void.ttl"], Directory.GetFiles(dir).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static List<Graph.Core.Terms.Quad> Read(string path)
    {
        var list = new QuadList();
        using var stream = File.OpenRead(path);
        RdfSyntaxes.CreateReader(RdfFormat.Turtle).Read(stream, list, new RdfReaderOptions());
        return list.Quads;
    }
}
