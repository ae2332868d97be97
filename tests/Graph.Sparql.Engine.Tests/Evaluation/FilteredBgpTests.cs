using Graph.Core.Terms;
using Graph.Core.Vocabularies;
using Graph.Sparql.Syntax;
using Graph.Store;

namespace Graph.Sparql.Engine.Tests.Evaluation;

/// <summary>Filters run inside a BGP and numeric comparisons read from ids must answer as a plain FILTER would.</summary>
public class FilteredBgpTests
{
    private static readonly Iri Score = new("http://example.org/score");
    private static readonly Iri Name = new("http://example.org/name");

    private static QuadStore Store()
    {
        var store = new QuadStore();
        void Add(string s, Iri p, Term o) => store.Add(new Quad(new Iri("http://example.org/" + s), p, o));
        Add("a", Score, new Literal("10", Xsd.Integer));
        Add("b", Score, new Literal("-3", Xsd.Integer));
        Add("c", Score, new Literal(" 12 ", Xsd.Integer));      // whitespace is allowed around the lexical form
        Add("d", Score, new Literal("abc", Xsd.Integer));       // ill-typed: comparison is an error
        Add("e", Score, new Literal("7.5", Xsd.Decimal));
        Add("f", Score, Literal.String("100"));                  // a string: not comparable with a number
        Add("g", Score, new Literal("1234567890123456789012", Xsd.Integer));
        Add("h", Score, new Literal("300", Xsd.Byte));           // out of xsd:byte's range: ill-typed
        foreach (var s in new[] { "a", "b", "c", "d", "e", "f", "g", "h" }) Add(s, Name, Literal.String("n-" + s));
        return store;
    }

    private static List<string> Run(string where)
    {
        var query = SparqlParser.ParseQuery("SELECT ?s WHERE { " + where + " }", new SparqlParseOptions());
        var result = QueryEngine.Execute(query, Store());
        return result.Rows.Select(r => ((Iri)r[0]!).Value["http://example.org/".Length..]).Order().ToList();
    }

    [Fact]
    public void NumericComparisonSkipsErrorsAndReadsAllForms() =>
        Assert.Equal(["a", "c", "e", "g"], Run("?s <http://example.org/name> ?n ; <http://example.org/score> ?v FILTER (?v > 5)"));

    [Fact]
    public void ConstantOnTheLeftFlipsTheComparison() =>
        Assert.Equal(["b", "e"], Run("?s <http://example.org/score> ?v FILTER (8 >= ?v)"));

    [Fact]
    public void ConjunctsAreSplitAndEachApplies() =>
        Assert.Equal(["a"], Run("?s <http://example.org/name> ?n ; <http://example.org/score> ?v FILTER (?v > 5 && ?v < 11 && ?n != \"n-e\")"));

    [Fact]
    public void FilterOnAVariableOutsideTheBgpStaysAbove() =>
        Assert.Empty(Run("?s <http://example.org/score> ?v FILTER (?v > 5 && BOUND(?z))"));

    [Fact]
    public void ExistsSeesTheWholeRow() =>
        Assert.Equal(["a"], Run("?s <http://example.org/score> ?v ; <http://example.org/name> ?n FILTER (?v > 5 && EXISTS { ?s <http://example.org/name> \"n-a\" })"));
}
