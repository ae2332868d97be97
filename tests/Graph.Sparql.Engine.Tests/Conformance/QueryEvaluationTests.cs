using Graph.Core.Graphs;
using Graph.Core.Terms;
using Graph.IO;
using Graph.Sparql.Results;
using Graph.Sparql.Syntax;
using Graph.Store;
using Graph.Testing;

namespace Graph.Sparql.Engine.Tests.Conformance;

/// <summary>
/// The W3C SPARQL 1.0 and 1.1 query evaluation tests (sparql10/manifest.ttl, sparql11 query and result-format
/// groupings), one theory row per entry. Needs ../shared (skipped when absent).
/// </summary>
public class QueryEvaluationTests
{
    private static readonly Lazy<Dictionary<string, QueryEvalEntry>> s_entries = new(LoadEntries);

    private static readonly string[] Manifests =
    [
        "w3c/rdf-tests/sparql/sparql10/manifest.ttl",
        "w3c/rdf-tests/sparql/sparql11/manifest-sparql11-query.ttl",
        "w3c/rdf-tests/sparql/sparql11/manifest-sparql11-results.ttl",
    ];

    /// <summary>Entries we do not run, each with its reason.</summary>
    private static string? SkipReason(QueryEvalEntry e)
    {
        if (e.HasServiceData) return "SERVICE: run by FederatedQueryTests with endpoints of its own";
        if (e.EntailmentRegime is not null) return "entailment regimes are not supported";
        return KnownGaps.TryGetValue(Short(e.Id), out var reason) ? reason : null;
    }

    /// <summary>Entries that fail today, by id suffix, with what is missing. Empty this list, don't grow it.</summary>
    private static readonly Dictionary<string, string> KnownGaps = new(StringComparer.Ordinal);

    private static string Short(string id) => id[(id.IndexOf("/sparql/", StringComparison.Ordinal) + 1)..];

    private static Dictionary<string, QueryEvalEntry> LoadEntries()
    {
        var root = SharedData.Root!;
        var rdfTests = Path.Combine(root, "w3c", "rdf-tests");
        var all = new Dictionary<string, QueryEvalEntry>(StringComparer.Ordinal);
        foreach (var m in Manifests)
            foreach (var e in QueryEvalManifest.Load(Path.Combine(root, m), rdfTests))
                all.TryAdd(Short(e.Id), e);
        return all;
    }

    public static IEnumerable<TheoryDataRow<string>> Cases()
    {
        if (!SharedData.IsAvailable)
        {
            yield return new TheoryDataRow<string>("(none)") { Skip = SharedData.MissingReason };
            yield break;
        }
        foreach (var (id, e) in s_entries.Value)
            yield return new TheoryDataRow<string>(id) { Skip = SkipReason(e), TestDisplayName = e.Name };
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Evaluates(string id)
    {
        SharedData.Require("w3c/rdf-tests/sparql");
        Run(s_entries.Value[id]);
    }

    /// <summary>Runs one entry by id suffix, for debugging (e.g. <c>sparql/sparql11/bind/manifest#bind01</c>).</summary>
    [Fact]
    public void RunOne()
    {
        var only = Environment.GetEnvironmentVariable("GRAPH_SPARQL_TEST");
        if (string.IsNullOrEmpty(only)) Assert.Skip("set GRAPH_SPARQL_TEST to a test id to run it alone");
        SharedData.Require("w3c/rdf-tests/sparql");
        Run(s_entries.Value[only]);
    }

    internal static void Run(QueryEvalEntry e) => QueryEvalRunner.Run(e);
}
