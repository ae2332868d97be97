using Graph.Testing;

namespace Graph.IO.Tests.Conformance;

/// <summary>One theory row per entry of the W3C RDF 1.1 test suites (N-Triples, N-Quads, Turtle, TriG, RDF/XML, Semantics).</summary>
public sealed class RdfSyntaxConformanceTests
{
    public static IEnumerable<TheoryDataRow<string, string>> Entries()
    {
        if (RdfTestSuite.Entries.Count == 0)
        {
            yield return new TheoryDataRow<string, string>("none", "none");
            yield break;
        }
        foreach (var e in RdfTestSuite.Entries) yield return new TheoryDataRow<string, string>(e.TypeName, e.ShortId);
    }

    [Theory]
    [MemberData(nameof(Entries))]
    public void W3c(string type, string id)
    {
        SharedData.Require(RdfTestSuite.ManifestPath);
        var entry = RdfTestSuite.Find(id) ?? throw new InvalidOperationException($"no entry {id}");
        Assert.Equal(type, entry.TypeName);
        RdfTestSuite.Run(entry);
    }

    /// <summary>Debugging aid: <c>GRAPH_W3C_TEST=turtle-syntax-bad-num-01 dotnet test --filter RunOne</c>.</summary>
    [Fact]
    public void RunOne()
    {
        var id = Environment.GetEnvironmentVariable("GRAPH_W3C_TEST");
        if (string.IsNullOrEmpty(id)) Assert.Skip("debugging aid: set GRAPH_W3C_TEST to a test IRI, fragment or name to run that one entry");
        SharedData.Require(RdfTestSuite.ManifestPath);
        RdfTestSuite.Run(RdfTestSuite.Find(id) ?? throw new InvalidOperationException($"no entry {id}"));
    }

    [Fact]
    public void Manifest_lists_every_suite()
    {
        SharedData.Require(RdfTestSuite.ManifestPath);
        var byType = RdfTestSuite.Entries.GroupBy(e => e.TypeName).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(145, byType["TestTurtleEval"]);
        Assert.Equal(143, byType["TestTrigEval"]);
        Assert.Equal(41, byType["TestNTriplesPositiveSyntax"]);
        Assert.Equal(34, byType["TestNQuadsNegativeSyntax"]);
        Assert.All(RdfTestSuite.Entries, e => Assert.True(File.Exists(e.ActionPath), e.ActionPath));
    }
}
