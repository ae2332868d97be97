using Graph.Core.Terms;
using Graph.Core.Vocabularies;
using Graph.Mapping.Configuration;
using Graph.Mapping.Mappers;

namespace Graph.Mapping.Tests;

public sealed class ConfigurationTests
{
    [Fact]
    public void ShippedConfigurationIsRead()
    {
        var c = MappingConfiguration.Default;
        Assert.Equal("https://example.org/graph/", c.BaseIri);
        Assert.Contains("MuseumXTD", c.SiteTitles);
        Assert.Equal("http://schema.org/Report", c.TagTypes["rapport"]);
        Assert.Equal("knowsAbout", c.Tables.Single().Columns["Expertise numérique 2"]);
        Assert.Equal("Ressource", c.Topics.Topics["ressource"].Labels["fr"]);
        Assert.Equal("numerisation", c.Topics.Topics["3d"].Broader);
    }

    [Fact]
    public void AConfigurationFileOverridesTheShippedOne()
    {
        var path = Path.Combine(Path.GetTempPath(), $"mapping-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, """{ "baseIri": "http://kg.example/", "defaultLanguage": "de", "tagTypes": { "event": "http://schema.org/Event" } }""");
        try
        {
            var config = MappingConfiguration.Load(path);
            var result = VaultConverter.Convert(Models.Vault([Models.Note("E.md", tags: ["event"], language: null, text: "Hallo")]),
                new MappingOptions { Configuration = config, DescribeDataset = false });
            var s = new Iri("http://kg.example/note/e");
            Assert.Contains(new Quad(s, Rdf.Type, Schema.Event), result.Quads);
            Assert.Contains(new Quad(s, Schema.Text, Literal.LangString("Hallo", "de")), result.Quads);
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void DumpsGivenByTheCallerAreDescribed()
    {
        var result = VaultConverter.Convert(Models.Vault([Models.Note("A.md")]),
            new MappingOptions { Dumps = [new DumpFile("graph.nq", "application/n-quads")] });
        var dumps = result.Quads.Where(q => q.Predicate.Equals(Core.Vocabularies.Void.DataDump)).Select(q => q.Object).ToList();
        Assert.Equal([new Iri("https://example.org/graph/graph.nq")], dumps);
    }

    [Theory]
    [InlineData("Vienne (AT)", "Vienne", "AT")]
    [InlineData("Lausanne", "Lausanne", null)]
    [InlineData(" Ollon ", "Ollon", null)]
    [InlineData("(FR)", null, "FR")]
    public void LocalityWithCountry(string written, string? locality, string? country) =>
        Assert.Equal((locality, country), OrganizationMapper.SplitLocality(written));

    [Theory]
    [InlineData("Directrice, Fondation Pierre Gianadda", "Directrice")]
    [InlineData("CEO of Museum Booster", "CEO")]
    [InlineData("Directeur du Musée des Ponts", "Directeur")]
    [InlineData("Conservatrice", "Conservatrice")]
    [InlineData("Fondation Pierre Gianadda", "Fondation Pierre Gianadda")]
    public void JobTitleWithoutEmployer(string written, string title) =>
        Assert.Equal(title, PersonMapper.WithoutEmployer(written, ["Fondation Pierre Gianadda", "Museum Booster", "Musée des Ponts"]));

    [Fact]
    public void ConfiguredTopicLoopsAreCut()
    {
        var labels = new TopicLabels(new Dictionary<string, string>(), new Dictionary<string, string>(), new Dictionary<string, TopicEntry>
        {
            ["a"] = new(new Dictionary<string, string> { ["en"] = "A" }, "b"),
            ["b"] = new(new Dictionary<string, string> { ["en"] = "B" }, "a"),
        });
        var result = VaultConverter.Convert(Models.Vault([Models.Note("N.md", tags: ["a"])]),
            new MappingOptions { Configuration = MappingConfiguration.Default with { Topics = labels }, DescribeDataset = false });
        var broader = result.Quads.Where(q => q.Predicate.Equals(Skos.Broader)).ToList();
        Assert.Single(broader);
        Assert.Single(result.Quads, q => q.Predicate.Equals(Skos.TopConceptOf));
    }
}
