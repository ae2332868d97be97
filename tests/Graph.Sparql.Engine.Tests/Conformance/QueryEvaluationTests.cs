using Graph.Core.Graphs;
using Graph.Core.Terms;
using Graph.IO;
using Graph.Sparql.Results;
using Graph.Sparql.Syntax;
using Graph.Store;
using Graph.Testing;
using Graph.Testing.W3c;

namespace Graph.Sparql.Engine.Tests.Conformance;

/// <summary>
/// The W3C SPARQL 1.0 and 1.1 query evaluation tests (sparql10/manifest.ttl, sparql11 query and result-format
/// groupings), one theory row per entry. Needs ../shared (skipped when absent).
/// </summary>
public class QueryEvaluationTests
{
    private static readonly string[] Manifests =
    [
        "w3c/rdf-tests/sparql/sparql10/manifest.ttl",
        "w3c/rdf-tests/sparql/sparql11/manifest-sparql11-query.ttl",
        "w3c/rdf-tests/sparql/sparql11/manifest-sparql11-results.ttl",
    ];

    private static readonly ManifestEntrySet<QueryEvalEntry> s_entries = new(
        root => Manifests.SelectMany(m => QueryEvalManifest.Load(Path.Combine(root, m), Path.Combine(root, "w3c", "rdf-tests"))),
        e => QueryEvalManifest.ShortId(e.Id));

    /// <summary>Entries we do not run, each with its reason.</summary>
    private static string? SkipReason(string id, QueryEvalEntry e)
    {
        if (e.HasServiceData) return "SERVICE: run by FederatedQueryTests with endpoints of its own";
        if (e.EntailmentRegime is not null) return "entailment regimes are not supported";
        return KnownGaps.GetValueOrDefault(id);
    }

    /// <summary>Entries that fail today, by id, with what is missing. Empty this list, don't grow it.</summary>
    private static readonly Dictionary<string, string> KnownGaps = new(StringComparer.Ordinal);

    public static IEnumerable<TheoryDataRow<string>> Cases() => s_entries.Rows(e => e.Name, SkipReason);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Evaluates(string id)
    {
        SharedData.Require("w3c/rdf-tests/sparql");
        Run(s_entries[id]);
    }

    /// <summary>Runs one entry by id, for debugging (e.g. <c>sparql/docs/tests/data-sparql11/bind/manifest#bind01</c>).</summary>
    [Fact]
    public void RunOne() => Run(s_entries.FromEnvironment("GRAPH_SPARQL_TEST"));

    internal static void Run(QueryEvalEntry e) => QueryEvalRunner.Run(e);
}
