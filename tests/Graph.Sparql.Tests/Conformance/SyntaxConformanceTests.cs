using Graph.Core.Diagnostics;
using Graph.Sparql.Syntax;
using Graph.Testing;

namespace Graph.Sparql.Tests.Conformance;

/// <summary>
/// The W3C SPARQL 1.0 and 1.1 syntax tests (query and update), one theory row per manifest entry: a positive test must
/// parse and translate to algebra, a negative one must raise <see cref="RdfSyntaxException"/>.
/// </summary>
public sealed class SyntaxConformanceTests
{
    private static readonly string[] Manifests =
    [
        "w3c/rdf-tests/sparql/sparql10/manifest-syntax.ttl",
        "w3c/rdf-tests/sparql/sparql11/manifest-sparql11-query.ttl",
        "w3c/rdf-tests/sparql/sparql11/manifest-sparql11-update.ttl",
        "w3c/rdf-tests/sparql/sparql11/manifest-sparql11-fed.ttl",
    ];

    private static readonly HashSet<string> SyntaxTypes =
    [
        "PositiveSyntaxTest", "NegativeSyntaxTest", "PositiveSyntaxTest11", "NegativeSyntaxTest11",
        "PositiveUpdateSyntaxTest11", "NegativeUpdateSyntaxTest11",
    ];

    private static readonly Lazy<IReadOnlyDictionary<string, SparqlTestEntry>> s_entries = new(LoadEntries);

    private static IReadOnlyDictionary<string, SparqlTestEntry> LoadEntries()
    {
        var root = SharedData.Root;
        var result = new SortedDictionary<string, SparqlTestEntry>(StringComparer.Ordinal);
        if (root is null) return result;
        var rdfTests = Path.Combine(root, "w3c/rdf-tests");
        foreach (var m in Manifests)
            foreach (var e in SparqlManifest.Load(Path.Combine(root, m), rdfTests))
                if (SyntaxTypes.Contains(e.TypeName)) result.TryAdd(e.ShortId, e);
        return result;
    }

    public static IEnumerable<TheoryDataRow<string>> Entries()
    {
        if (s_entries.Value.Count == 0) return [new TheoryDataRow<string>("(shared data missing)")];
        return s_entries.Value.Keys.Select(k => new TheoryDataRow<string>(k));
    }

    [Theory]
    [MemberData(nameof(Entries))]
    public void W3c(string id)
    {
        SharedData.Require("w3c/rdf-tests/sparql");
        Run(s_entries.Value[id]);
    }

    /// <summary>For debugging one entry: set GRAPH_TEST to its short id.</summary>
    [Fact]
    public void RunOne()
    {
        var id = Environment.GetEnvironmentVariable("GRAPH_TEST");
        if (string.IsNullOrEmpty(id)) Assert.Skip("set GRAPH_TEST to a short id, e.g. syntax-sparql1#syntax-basic-01");
        SharedData.Require("w3c/rdf-tests/sparql");
        Run(s_entries.Value[id]);
    }

    [Fact]
    public void Manifests_list_the_syntax_tests()
    {
        SharedData.Require("w3c/rdf-tests/sparql");
        Assert.True(s_entries.Value.Count > 300, $"found {s_entries.Value.Count} syntax tests");
    }

    private static void Run(SparqlTestEntry entry)
    {
        var text = File.ReadAllText(entry.ActionPath);
        var options = new SparqlParseOptions { BaseIri = entry.BaseIri, File = Path.GetFileName(entry.ActionPath) };
        var update = entry.TypeName.Contains("Update", StringComparison.Ordinal);
        void Parse()
        {
            if (update) SparqlParser.ParseUpdate(text, options);
            else SparqlParser.ParseQuery(text, options);
        }
        if (entry.TypeName.StartsWith("Positive", StringComparison.Ordinal))
        {
            try { Parse(); }
            catch (RdfSyntaxException e) { Assert.Fail($"{entry.ShortId} should parse:\n{text}\n{e.Message}"); }
        }
        else
        {
            try { Parse(); }
            catch (RdfSyntaxException) { return; }
            Assert.Fail($"{entry.ShortId} should be rejected:\n{text}");
        }
    }
}
