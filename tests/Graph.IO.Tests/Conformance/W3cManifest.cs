using Graph.Testing.W3c;

namespace Graph.IO.Tests.Conformance;

/// <summary>
/// The RDF syntax suites' view of the W3C manifests (walked by <see cref="W3cManifests"/>): each entry with its type,
/// action and result files, and the base IRI its action is parsed against (<c>mf:assumedTestBase</c> + the file's
/// path relative to the manifest, else the file's published IRI).
/// </summary>
public static class W3cManifest
{
    public const string Mf = W3cManifests.Mf;
    public const string Rdft = "http://www.w3.org/ns/rdftest#";

    public static List<W3cTestEntry> Load(string manifestPath, string rdfTestsRoot)
    {
        var root = Path.GetFullPath(rdfTestsRoot);
        var entries = new List<W3cTestEntry>();
        foreach (var e in W3cManifests.Load(manifestPath, root))
        {
            var action = e.IriOf(Mf + "action");
            if (action is null) continue;
            var assumedBase = e.IriOf(Mf + "assumedTestBase", e.Manifest)?.Value;
            var folderIri = e.Manifest.Value[..(e.Manifest.Value.LastIndexOf('/') + 1)];
            var baseIri = assumedBase is not null && action.Value.StartsWith(folderIri, StringComparison.Ordinal)
                ? assumedBase + action.Value[folderIri.Length..]
                : action.Value;
            var result = e.IriOf(Mf + "result");
            entries.Add(new W3cTestEntry(
                Id: e.Id,
                Name: e.TextOf(Mf + "name") ?? e.Id,
                Type: e.IriOf(Graph.Core.Vocabularies.Rdf.Type.Value)?.Value ?? "",
                ActionPath: W3cManifests.ToPath(action.Value, root),
                ResultPath: result is null ? null : W3cManifests.ToPath(result.Value, root),
                BaseIri: baseIri,
                Approval: e.IriOf(Rdft + "approval")?.Value,
                ManifestPath: e.ManifestPath));
        }
        return entries;
    }
}
