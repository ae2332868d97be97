using Graph.IO;
using Graph.Sparql.Engine.Tests.Conformance;
using Graph.Store;
using Graph.Testing;

namespace Graph.Sparql.Engine.Tests.Federation;

/// <summary>
/// The W3C SPARQL 1.1 Federated Query evaluation tests (service/manifest.ttl), with each <c>qt:serviceData</c> endpoint
/// played by an <see cref="InProcessServiceClient"/> store. (Graph.Server.Tests runs them again over HTTP.)
/// </summary>
public class FederatedQueryTests
{
    private static readonly Lazy<Dictionary<string, QueryEvalEntry>> s_entries = new(() =>
    {
        var root = SharedData.Root!;
        return QueryEvalManifest.Load(Path.Combine(root, "w3c/rdf-tests/sparql/sparql11/manifest-sparql11-fed.ttl"), Path.Combine(root, "w3c", "rdf-tests"))
            .ToDictionary(e => e.Id[(e.Id.LastIndexOf('#') + 1)..], StringComparer.Ordinal);
    });

    public static IEnumerable<TheoryDataRow<string>> Cases()
    {
        if (!SharedData.IsAvailable)
        {
            yield return new TheoryDataRow<string>("(none)") { Skip = SharedData.MissingReason };
            yield break;
        }
        foreach (var (id, e) in s_entries.Value) yield return new TheoryDataRow<string>(id) { TestDisplayName = e.Name };
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Evaluates(string id)
    {
        SharedData.Require("w3c/rdf-tests/sparql");
        var e = s_entries.Value[id];
        var endpoints = e.ServiceData.ToDictionary(s => s.Endpoint, s => Load(s.Data), StringComparer.Ordinal);
        QueryEvalRunner.Run(e, new QueryOptions { ServiceClient = new InProcessServiceClient(endpoints) });
    }

    private static QuadStore Load(IEnumerable<string> files)
    {
        var store = new QuadStore();
        foreach (var path in files)
        {
            var list = new QuadList();
            using var s = File.OpenRead(path);
            RdfSyntaxes.CreateReader(RdfFormat.FromPath(path)!).Read(s, list, new RdfReaderOptions { BaseIri = new Uri(path).AbsoluteUri, FileName = path });
            store.Load(list.Quads);
        }
        return store;
    }
}
