using Graph.Core.Terms;
using Graph.Testing.W3c;

namespace Graph.Sparql.Tests.Conformance;

/// <summary>
/// The SPARQL suites' view of the W3C manifests (walked by <see cref="W3cManifests"/>): each entry with its type,
/// action file (the entry's action, or its <c>qt:query</c>), result file and approval.
/// </summary>
public static class SparqlManifest
{
    public const string Mf = W3cManifests.Mf;
    public const string Qt = "http://www.w3.org/2001/sw/DataAccess/tests/test-query#";
    public const string Dawgt = "http://www.w3.org/2001/sw/DataAccess/tests/test-dawg#";
    public const string PublishedRoot = W3cManifests.PublishedRoot;

    public static List<SparqlTestEntry> Load(string manifestPath, string rdfTestsRoot)
    {
        var root = Path.GetFullPath(rdfTestsRoot);
        var entries = new List<SparqlTestEntry>();
        foreach (var e in W3cManifests.Load(manifestPath, root))
        {
            var action = e.Object(Mf + "action");
            var actionFile = action as Iri ?? (action is null ? null : e.IriOf(Qt + "query", action));
            if (actionFile is null) continue;
            var result = e.IriOf(Mf + "result");
            entries.Add(new SparqlTestEntry(
                Id: e.Node is Iri ti ? ti.Value : e.Node.ToString(),
                Name: e.TextOf(Mf + "name") ?? e.Node.ToString(),
                Type: e.IriOf(Graph.Core.Vocabularies.Rdf.Type.Value)?.Value ?? "",
                ActionPath: W3cManifests.ToPath(actionFile.Value, root),
                ResultPath: result is null ? null : W3cManifests.ToPath(result.Value, root),
                BaseIri: actionFile.Value,
                Approval: e.IriOf(Dawgt + "approval")?.Value,
                ManifestPath: e.ManifestPath));
        }
        return entries;
    }
}
