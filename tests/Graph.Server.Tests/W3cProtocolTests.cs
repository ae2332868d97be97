using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Graph.Core.Terms;
using Graph.Core.Vocabularies;
using Graph.IO;
using Graph.Store;
using Graph.Testing;
using Graph.Testing.W3c;

namespace Graph.Server.Tests;

/// <summary>
/// The W3C SPARQL 1.1 Protocol tests (sparql11/protocol/manifest.ttl), driven from the manifest: each entry's HTTP
/// requests (method, path, headers, body in its character encoding) are sent to a real server holding the entry's
/// <c>ut:graphData</c> as named graphs, and the responses checked for the expected status class, format and boolean.
/// The update entries run against a server with authenticated writes, each request carrying the write token.
/// </summary>
public sealed class W3cProtocolTests : IAsyncLifetime
{
    private const string Ht = "http://www.w3.org/2011/http#";
    private const string Cnt = "http://www.w3.org/2011/content#";
    private const string Hts = "http://www.w3.org/2011/http-statusCodes#";
    private const string Ut = "http://www.w3.org/2009/sparql/tests/test-update#";
    private const string ManifestPath = "w3c/rdf-tests/sparql/sparql11/protocol/manifest.ttl";

    private static readonly ManifestEntrySet<ManifestEntry> s_entries = new(
        root => W3cManifests.Load(Path.Combine(root, ManifestPath), Path.Combine(root, "w3c", "rdf-tests")),
        e => e.Id[(e.Id.IndexOf('#') + 1)..]);

    private GraphServer? _server;
    private HttpClient? _client;

    public static IEnumerable<TheoryDataRow<string>> Cases() => s_entries.Rows(e => e.TextOf(W3cManifests.Mf + "name")!);

    private const string WriteToken = "w3c-protocol-tests";

    /// <summary>The update entries run against a server with authenticated writes, their requests carrying its token.</summary>
    private static bool IsUpdate(string name) =>
        name.StartsWith("update_", StringComparison.Ordinal) || name.StartsWith("bad_update_", StringComparison.Ordinal) || name == "bad_multiple_updates";

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        _client?.Dispose();
        if (_server is not null) await _server.DisposeAsync();
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Run(string name)
    {
        SharedData.Require(ManifestPath);
        var entry = s_entries[name];
        var ct = TestContext.Current.CancellationToken;
        var writes = IsUpdate(name) ? new Graph.Server.Writes.WriteOptions { Token = WriteToken } : null;
        _server = await TestServers.StartAsync(LoadGraphData(entry), new ServerOptions { Writes = writes });
        _client = new HttpClient { BaseAddress = _server.Address };
        if (writes is not null) _client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", WriteToken);

        var action = entry.Object(W3cManifests.Mf + "action")!;
        var requests = Items(entry, entry.Object(Ht + "requests", action)!).ToList();
        Assert.NotEmpty(requests);
        foreach (var request in requests)
        {
            using var message = BuildRequest(entry, request);
            using var response = await _client.SendAsync(message, ct);
            var body = await response.Content.ReadAsStringAsync(ct);
            var expected = entry.Object(Ht + "resp", request)!;
            var classes = entry.Objects(W3cManifests.Mf + "expectedStatus", expected).Select(t => ((Iri)t).Value[Hts.Length..]).ToList();
            var status = (int)response.StatusCode;
            Assert.True(classes.Contains($"StatusCode{status / 100}xx"), $"{name}: status {status}, expected {string.Join(" or ", classes)}\n{body}");

            var contentType = response.Content.Headers.ContentType?.MediaType;
            switch (entry.TextOf(W3cManifests.Mf + "expectedFormat", expected))
            {
                case "boolean":
                    Assert.Equal("application/sparql-results+json", contentType);
                    using (var json = JsonDocument.Parse(body))
                    {
                        var actual = json.RootElement.GetProperty("boolean").GetBoolean();
                        if (entry.TextOf(W3cManifests.Mf + "expectedBoolean", expected) is { } value) Assert.Equal(value == "true", actual);
                    }
                    break;
                case "tabular":
                    Assert.Contains(contentType, new[] { "application/sparql-results+json", "application/sparql-results+xml", "text/csv", "text/tab-separated-values" });
                    break;
                case "RDF":
                    Assert.Contains(contentType, new[] { "application/rdf+xml", "text/turtle", "application/n-triples" });
                    break;
                case null:
                    break;
                case var other:
                    Assert.Fail($"{name}: unknown expectedFormat '{other}'");
                    break;
            }
        }
    }

    private static HttpRequestMessage BuildRequest(ManifestEntry entry, Term request)
    {
        var method = new HttpMethod(entry.TextOf(Ht + "methodName", request)!);
        var path = entry.TextOf(Ht + "absolutePath", request)!;
        // The manifest says to substitute the endpoint's own path for /sparql/.
        Assert.StartsWith("/sparql/", path);
        var message = new HttpRequestMessage(method, "sparql" + path["/sparql/".Length..]);
        string? contentType = null;
        if (entry.Object(Ht + "headers", request) is { } headers)
        {
            foreach (var header in Items(entry, headers))
            {
                var field = entry.TextOf(Ht + "fieldName", header)!;
                var value = entry.TextOf(Ht + "fieldValue", header)!;
                if (field.Equals("content-type", StringComparison.OrdinalIgnoreCase)) contentType = value;
                else message.Headers.TryAddWithoutValidation(field, value);
            }
        }
        if (entry.Object(Ht + "body", request) is { } body)
        {
            var chars = entry.TextOf(Cnt + "chars", body)!;
            var encoding = entry.TextOf(Cnt + "characterEncoding", body) switch
            {
                null or "UTF-8" => new UTF8Encoding(false),
                "UTF-16" => Encoding.Unicode,
                var e => throw new InvalidDataException("unknown encoding " + e),
            };
            message.Content = new ByteArrayContent(encoding.GetBytes(chars));
            if (contentType is not null) message.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        }
        return message;
    }

    /// <summary>The entry's <c>ut:graphData</c> files, each in the named graph its label names.</summary>
    private static DatasetSnapshot LoadGraphData(ManifestEntry entry)
    {
        var store = new QuadStore();
        var load = store.BeginBulkLoad();
        foreach (var data in entry.Objects(Ut + "graphData"))
        {
            var file = W3cManifests.ToPath(((Iri)entry.Object(Ut + "graph", data)!).Value, Path.Combine(SharedData.Root!, "w3c", "rdf-tests"));
            var graph = new Iri(entry.TextOf(Rdfs.Label.Value, data)!);
            var quads = new QuadList();
            using (var stream = File.OpenRead(file))
                RdfSyntaxes.CreateReader(RdfFormat.NTriples).Read(stream, quads, new RdfReaderOptions { FileName = file });
            foreach (var q in quads.Quads) load.Add(q with { Graph = graph });
        }
        load.Commit();
        return new DatasetSnapshot(store, "http://www.example/", null, null, DateTimeOffset.UtcNow, 1);
    }

    private static IEnumerable<Term> Items(ManifestEntry entry, Term list)
    {
        while (!list.Equals(Rdf.Nil))
        {
            yield return entry.Object(Rdf.First.Value, list)!;
            list = entry.Object(Rdf.Rest.Value, list) ?? Rdf.Nil;
        }
    }
}
