using Graph.Core.Diagnostics;
using Graph.Sparql.Syntax;
using Graph.Testing;

namespace Graph.Sparql.Tests.Conformance;

/// <summary>The query of every W3C query evaluation test must parse and translate (evaluation itself is the engine's job).</summary>
public sealed class EvaluationQueriesParseTests
{
    private static readonly Lazy<IReadOnlyDictionary<string, SparqlTestEntry>> s_entries = new(() =>
    {
        var root = SharedData.Root;
        var result = new SortedDictionary<string, SparqlTestEntry>(StringComparer.Ordinal);
        if (root is null) return result;
        var rdfTests = Path.Combine(root, "w3c/rdf-tests");
        foreach (var m in new[] { "w3c/rdf-tests/sparql/sparql10/manifest-evaluation.ttl", "w3c/rdf-tests/sparql/sparql11/manifest-sparql11-query.ttl" })
            foreach (var e in SparqlManifest.Load(Path.Combine(root, m), rdfTests))
                if (e.TypeName == "QueryEvaluationTest") result.TryAdd(e.ShortId, e);
        return result;
    });

    public static IEnumerable<TheoryDataRow<string>> Entries() =>
        s_entries.Value.Count == 0 ? [new TheoryDataRow<string>("(shared data missing)")] : s_entries.Value.Keys.Select(k => new TheoryDataRow<string>(k));

    [Theory]
    [MemberData(nameof(Entries))]
    public void Parses(string id)
    {
        SharedData.Require("w3c/rdf-tests/sparql");
        var entry = s_entries.Value[id];
        var text = File.ReadAllText(entry.ActionPath);
        try
        {
            var q = SparqlParser.ParseQuery(text, new SparqlParseOptions { BaseIri = entry.BaseIri, File = Path.GetFileName(entry.ActionPath) });
            Assert.NotEmpty(q.ToSse());
        }
        catch (RdfSyntaxException e) { Assert.Fail($"{id} should parse:\n{text}\n{e.Message}"); }
    }
}
