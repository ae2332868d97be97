using Graph.Sparql.Engine.Tests.Conformance;
using Graph.Testing.W3c;

namespace Graph.Sparql.Engine.Tests.Federation;

/// <summary>
/// The W3C SPARQL 1.1 Federated Query entries (service/manifest.ttl) by their name in the manifest (<c>service1</c> …),
/// shared by the in-process run here and the run over loopback servers in Graph.Server.Tests.
/// </summary>
public static class FederatedManifest
{
    public static ManifestEntrySet<QueryEvalEntry> Entries { get; } = new(
        root => QueryEvalManifest.Load(Path.Combine(root, "w3c/rdf-tests/sparql/sparql11/manifest-sparql11-fed.ttl"), Path.Combine(root, "w3c", "rdf-tests")),
        e => e.Id[(e.Id.LastIndexOf('#') + 1)..]);
}
