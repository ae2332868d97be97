using Graph.Core.Terms;
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
    public void BrokenLinksFindsLinksToUndescribedLocalResources()
    {
        // The converter keeps no link whose target it could not resolve, so the sample graph has none: the query is
        // checked on the sample plus one dangling link.
        Assert.Empty(Run("broken-links").Rows);
        var note = new Iri("https://example.org/graph/note/rijksstudio");
        var missing = new Iri("https://example.org/graph/note/missing");
        var store = SampleGraph.StoreOf(SampleGraph.Quads.Append(new Quad(note, Graph.Core.Vocabularies.Schema.Mentions, missing)));
        var result = QueryEngine.Execute(SparqlParser.ParseQuery(ExampleQueries.All.Single(q => q.Key == "broken-links").Text), store);
        var row = Assert.Single(result.Rows);
        Assert.Equal(missing, row[3]);
    }

    [Fact]
    public void Classes()
    {
        var result = Run("classes");
        Assert.Contains(result.Rows, r => ((Iri)r[0]!).Value == "http://schema.org/Person" && ((Literal)r[1]!).LexicalForm == "14");
    }
}
