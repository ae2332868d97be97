using Graph.Core.Terms;
using Graph.Testing.W3c;

namespace Graph.Sparql.Engine.Tests.Conformance;

/// <summary>The <c>mf:UpdateEvaluationTest</c> entries of the W3C SPARQL 1.1 update manifests, walked by <see cref="W3cManifests"/>.</summary>
public static class UpdateEvalManifest
{
    private const string Mf = W3cManifests.Mf;
    private const string Ut = "http://www.w3.org/2009/sparql/tests/test-update#";
    private const string Label = "http://www.w3.org/2000/01/rdf-schema#label";
    private const string Approval = "http://www.w3.org/2001/sw/DataAccess/tests/test-dawg#approval";

    public static List<UpdateEvalEntry> Load(string manifestPath, string rdfTestsRoot)
    {
        var root = Path.GetFullPath(rdfTestsRoot);
        var entries = new List<UpdateEvalEntry>();
        foreach (var e in W3cManifests.Load(manifestPath, root))
        {
            var type = e.IriOf(Graph.Core.Vocabularies.Rdf.Type.Value)?.Value ?? "";
            if (!type.EndsWith("#UpdateEvaluationTest", StringComparison.Ordinal)) continue;
            var action = e.Object(Mf + "action");
            if (action is null || e.IriOf(Ut + "request", action) is not { } request) continue;
            var result = e.Object(Mf + "result");
            entries.Add(new UpdateEvalEntry(
                Id: e.Id,
                Name: Path.GetFileName(Path.GetDirectoryName(e.ManifestPath)) + "/" + (e.TextOf(Mf + "name") ?? e.Node.ToString()),
                RequestPath: W3cManifests.ToPath(request.Value, root),
                RequestIri: request.Value,
                Data: DataFiles(e, action, root),
                GraphData: GraphFiles(e, action, root),
                ResultData: result is null ? [] : DataFiles(e, result, root),
                ResultGraphData: result is null ? [] : GraphFiles(e, result, root),
                Approval: e.IriOf(Approval)?.Value));
        }
        return entries;
    }

    private static List<string> DataFiles(ManifestEntry e, Term node, string root) =>
        e.Objects(Ut + "data", node).OfType<Iri>().Select(i => W3cManifests.ToPath(i.Value, root)).ToList();

    private static List<(string, string)> GraphFiles(ManifestEntry e, Term node, string root) =>
        e.Objects(Ut + "graphData", node)
            .Select(g => (File: e.IriOf(Ut + "graph", g), Name: e.TextOf(Label, g)))
            .Where(g => g.File is not null && g.Name is not null)
            .Select(g => (W3cManifests.ToPath(g.File!.Value, root), g.Name!))
            .ToList();
}
