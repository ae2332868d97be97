using Graph.Core.Terms;
using Graph.Testing.W3c;

namespace Graph.Sparql.Engine.Tests.Conformance;

/// <summary>
/// The evaluation entries of the W3C SPARQL manifests (<c>mf:QueryEvaluationTest</c>, <c>mf:CSVResultFormatTest</c>),
/// walked by <see cref="W3cManifests"/>: query, default-graph data, named graphs, expected result, requirements.
/// </summary>
public static class QueryEvalManifest
{
    private const string Mf = W3cManifests.Mf;
    private const string Qt = "http://www.w3.org/2001/sw/DataAccess/tests/test-query#";
    private const string EntailmentRegime = "http://www.w3.org/ns/sparql-service-description#entailmentRegime";
    public const string PublishedRoot = W3cManifests.PublishedRoot;

    /// <summary>An entry's id from <c>sparql/</c> on (e.g. <c>sparql/docs/tests/data-sparql11/bind/manifest#bind01</c>): unique across the suites.</summary>
    public static string ShortId(string id) => id[(id.IndexOf("/sparql/", StringComparison.Ordinal) + 1)..];

    public static List<QueryEvalEntry> Load(string manifestPath, string rdfTestsRoot)
    {
        var root = Path.GetFullPath(rdfTestsRoot);
        var entries = new List<QueryEvalEntry>();
        foreach (var e in W3cManifests.Load(manifestPath, root))
        {
            var type = e.IriOf(Graph.Core.Vocabularies.Rdf.Type.Value)?.Value ?? "";
            if (!type.EndsWith("#QueryEvaluationTest", StringComparison.Ordinal) && !type.EndsWith("#CSVResultFormatTest", StringComparison.Ordinal)) continue;
            var action = e.Object(Mf + "action");
            if (action is null || e.IriOf(Qt + "query", action) is not { } query) continue;
            var result = e.IriOf(Mf + "result");
            entries.Add(new QueryEvalEntry(
                Id: e.Id,
                Name: Path.GetFileName(Path.GetDirectoryName(e.ManifestPath)) + "/" + (e.TextOf(Mf + "name") ?? e.Node.ToString()),
                Type: type,
                QueryPath: W3cManifests.ToPath(query.Value, root),
                QueryIri: query.Value,
                Data: Files(e, Qt + "data", action, root),
                GraphData: Files(e, Qt + "graphData", action, root),
                ResultPath: result is null ? null : W3cManifests.ToPath(result.Value, root),
                Requires: e.Objects(Mf + "requires").OfType<Iri>().Select(i => i.Value).ToList(),
                LaxCardinality: e.Objects(Mf + "resultCardinality").OfType<Iri>().Any(i => i.Value.EndsWith("LaxCardinality", StringComparison.Ordinal)),
                ServiceData: e.Objects(Qt + "serviceData", action)
                    .Select(sd => new ServiceData(
                        e.IriOf(Qt + "endpoint", sd)?.Value ?? "",
                        e.Objects(Qt + "data", sd).OfType<Iri>().Select(i => W3cManifests.ToPath(i.Value, root)).ToList()))
                    .ToList(),
                EntailmentRegime: e.IriOf(EntailmentRegime, action)?.Value));
        }
        return entries;
    }

    private static List<(string Path, string Iri)> Files(ManifestEntry e, string predicate, Term action, string root) =>
        e.Objects(predicate, action).OfType<Iri>().Select(i => (W3cManifests.ToPath(i.Value, root), i.Value)).ToList();
}
