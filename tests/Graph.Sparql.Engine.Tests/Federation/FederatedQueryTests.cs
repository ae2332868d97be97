using Graph.Sparql.Engine.Tests.Conformance;
using Graph.Store;
using Graph.Testing;
using Graph.Testing.W3c;

namespace Graph.Sparql.Engine.Tests.Federation;

/// <summary>
/// The W3C SPARQL 1.1 Federated Query evaluation tests (service/manifest.ttl), with each <c>qt:serviceData</c> endpoint
/// played by an <see cref="InProcessServiceClient"/> store. (Graph.Server.Tests runs them again over HTTP.)
/// </summary>
public class FederatedQueryTests
{
    public static IEnumerable<TheoryDataRow<string>> Cases() => FederatedManifest.Entries.Rows(e => e.Name);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Evaluates(string id)
    {
        SharedData.Require("w3c/rdf-tests/sparql");
        var e = FederatedManifest.Entries[id];
        var endpoints = e.ServiceData.ToDictionary(s => s.Endpoint, s => Load(s.Data), StringComparer.Ordinal);
        QueryEvalRunner.Run(e, new QueryOptions { ServiceClient = new InProcessServiceClient(endpoints) });
    }

    private static QuadStore Load(IEnumerable<string> files)
    {
        var store = new QuadStore();
        foreach (var path in files) store.Load(W3cManifests.ReadFile(path, Path.Combine(SharedData.Root!, "w3c", "rdf-tests")));
        return store;
    }
}
