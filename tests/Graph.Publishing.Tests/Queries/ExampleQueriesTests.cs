using Graph.Core.Terms;
using Graph.Core.Vocabularies;
using Graph.Mapping;
using Graph.Mapping.Configuration;
using Graph.Testing;
using Graph.Vault;
using Graph.Publishing.Queries;
using Graph.Sparql.Engine;
using Graph.Sparql.Syntax;

namespace Graph.Publishing.Tests.Queries;

/// <summary>Every example on the query page parses and answers on the sample vault.</summary>
public class ExampleQueriesTests
{
    public static TheoryData<string> Keys => [.. ExampleQueries.All.Select(q => q.Key)];

    private static QueryResult Run(string key) =>
        QueryEngine.Execute(SparqlParser.ParseQuery(ExampleQueries.All.Single(q => q.Key == key).Text), SampleGraph.Store);

    [Fact]
    public void TheExamplesAreThoseTheQueryPageOffers()
    {
        Assert.Equal(["people-and-organisations", "quotations-by-person", "notes-by-topic", "broken-links", "classes"], ExampleQueries.All.Select(q => q.Key));
        Assert.All(ExampleQueries.All, q => Assert.False(string.IsNullOrWhiteSpace(q.Title)));
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public void EachParses(string key) => Assert.NotNull(SparqlParser.ParseQuery(ExampleQueries.All.Single(q => q.Key == key).Text));

    [Fact]
    public void PeopleAndTheirOrganisations()
    {
        var result = Run("people-and-organisations");
        Assert.Equal(14, result.Rows.Select(r => r[0]).Distinct().Count());
        var anna = result.Rows.Single(r => ((Literal)r[1]!).LexicalForm == "Anna Keller");
        Assert.Equal("https://example.org/graph/organization/museum-fur-gestaltung-zurich", ((Iri)anna[3]!).Value);
    }

    [Fact]
    public void QuotationsByPerson()
    {
        var result = Run("quotations-by-person");
        Assert.Equal(10, result.Rows.Count);
        Assert.Contains(result.Rows, r => ((Literal)r[0]!).LexicalForm == "Elena Costa" && ((Literal)r[2]!).LexicalForm.StartsWith("A strategy is a list", StringComparison.Ordinal));
    }

    [Fact]
    public void NotesByTopic()
    {
        var result = Run("notes-by-topic");
        Assert.NotEmpty(result.Rows);
        var ressource = result.Rows.Single(r => ((Iri)r[0]!).Value.EndsWith("/topic/ressource", StringComparison.Ordinal));
        Assert.True(int.Parse(((Literal)ressource[2]!).LexicalForm, System.Globalization.CultureInfo.InvariantCulture) > 1);
    }

    [Fact]
    public void BrokenLinksAreTheSampleVaultsUnresolvedWikilinks()
    {
        var rows = BrokenLinksAreTheUnresolvedWikilinks(Path.Combine(SharedData.RepositoryRoot, "samples"));
        const string B = "https://example.org/graph/note/";
        Assert.Equal(
            [
                (B + "comments-on-digital-strategy", B + "museum-booster"),
                (B + "digital-skills-for-museum-staff", B + "one-by-one"),
                (B + "forum-table-ronde-mediation", B + "plateforme-10"),
                (B + "outils-de-gestion-des-collections", B + "guide-d-achat-d-un-logiciel"),
                (B + "programme-du-forum-2023", B + "forum-atelier-sobriete"),
            ],
            rows.Select(r => (r.Note.Value, r.Target.Value)).Order());
    }

    [Fact]
    public void BrokenLinksAreTheMuseumCorpussUnresolvedWikilinks() =>
        Assert.NotEmpty(BrokenLinksAreTheUnresolvedWikilinks(SharedData.Require("corpus/museumxtd")));

    // The query's rows are, note by note, the distinct targets of the wikilinks the reader could not resolve; each
    // row's link is schema:mentions and its target is described by no statement.
    private static List<(Iri Note, Iri Target)> BrokenLinksAreTheUnresolvedWikilinks(string vaultPath)
    {
        var vault = VaultReader.Read(vaultPath, VaultReaderOptions.Default with { SiteTitles = MappingConfiguration.Default.SiteTitles });
        var conversion = VaultConverter.Convert(vault);
        var store = SampleGraph.StoreOf(conversion.Quads);
        var result = QueryEngine.Execute(SparqlParser.ParseQuery(ExampleQueries.All.Single(q => q.Key == "broken-links").Text), store);
        var paths = conversion.Quads.Where(q => q.Predicate.Equals(Schema.Identifier) && q.Object is Literal)
            .GroupBy(q => q.Subject).ToDictionary(g => g.Key, g => ((Literal)g.First().Object).LexicalForm);
        var rows = result.Rows.Select(r => (Note: (Iri)r[0]!, Target: (Iri)r[3]!)).ToList();
        Assert.All(result.Rows, r => Assert.Equal(Schema.Mentions, r[2]));
        Assert.All(rows, r => Assert.DoesNotContain(conversion.Quads, q => q.Subject.Equals(r.Target)));

        var expected = vault.Notes
            .Select(n => (n.Path, Targets: n.WikiLinks.Where(l => !l.IsResolved && l.Target.Length > 0).Select(l => l.Target).Distinct(StringComparer.Ordinal).Count()))
            .Where(x => x.Targets > 0).OrderBy(x => x.Path, StringComparer.Ordinal).ToList();
        var actual = rows.GroupBy(r => paths[r.Note]).Select(g => (Path: g.Key, Targets: g.Select(r => r.Target).Distinct().Count()))
            .OrderBy(x => x.Path, StringComparer.Ordinal).ToList();
        Assert.Equal(expected, actual);
        return rows;
    }

    [Fact]
    public void Classes()
    {
        var result = Run("classes");
        Assert.Contains(result.Rows, r => ((Iri)r[0]!).Value == "http://schema.org/Person" && ((Literal)r[1]!).LexicalForm == "14");
    }
}
