using Graph.Core.Terms;
using Graph.Sparql.Engine;
using Graph.Sparql.Engine.Remote;
using Graph.Sparql.Engine.Tests.Conformance;
using Graph.Sparql.Engine.Tests.Federation;
using Graph.Sparql.Results;
using Graph.Testing;

namespace Graph.Server.Tests;

/// <summary>
/// The W3C SPARQL 1.1 Federated Query tests (service/manifest.ttl) over real HTTP: each <c>qt:serviceData</c> endpoint
/// is one of our servers on loopback (so the two-endpoint tests run two), the local query runs in our engine with a
/// <see cref="SparqlHttpClient"/>, and the servers use one too for nested SERVICE. The tests' endpoint IRIs
/// (example.org …) are routed to the servers' loopback addresses; any other endpoint fails like an unknown host.
/// </summary>
public class FederatedQueryTests
{
    private static readonly HttpClient s_http = new();

    public static IEnumerable<TheoryDataRow<string>> Cases() => FederatedManifest.Entries.Rows(e => "federated/" + e.Name);

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Evaluates_over_loopback_servers(string id)
    {
        SharedData.Require("w3c/rdf-tests/sparql");
        var e = FederatedManifest.Entries[id];
        var router = new Router(new SparqlHttpClient(s_http, new SparqlHttpClientOptions { Timeout = TimeSpan.FromSeconds(30) }));
        var servers = new List<GraphServer>();
        try
        {
            foreach (var service in e.ServiceData)
            {
                var server = await TestServers.StartAsync(TestServers.Load([.. service.Data]), new ServerOptions { ServiceClient = router });
                servers.Add(server);
                router.Routes[service.Endpoint] = new Uri(server.Address, "sparql");
            }
            // The engine is synchronous and blocks on HTTP: keep it off the test's synchronisation context.
            await Task.Run(() => QueryEvalRunner.Run(e, new QueryOptions { ServiceClient = router }), TestContext.Current.CancellationToken);
            if (e.ServiceData.Count > 0) Assert.NotEmpty(router.Sent);
        }
        finally
        {
            foreach (var s in servers) await s.DisposeAsync();
        }
    }

    /// <summary>Sends a SERVICE call for a test endpoint IRI to the loopback server standing in for it.</summary>
    private sealed class Router(SparqlHttpClient client) : ISparqlServiceClient
    {
        public Dictionary<string, Uri> Routes { get; } = new(StringComparer.Ordinal);

        public List<string> Sent { get; } = [];

        public SparqlResultSet Select(Iri endpoint, string query, CancellationToken cancellationToken)
        {
            if (!Routes.TryGetValue(endpoint.Value, out var url)) throw new HttpRequestException($"{endpoint.Value}: no such host (not routed in this test)");
            lock (Sent) Sent.Add(endpoint.Value);
            return client.Select(new Iri(url.AbsoluteUri), query, cancellationToken);
        }
    }
}
