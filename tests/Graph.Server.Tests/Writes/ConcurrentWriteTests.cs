using System.Net;

namespace Graph.Server.Tests.Writes;

/// <summary>
/// Writes are serialised and swapped in whole: readers running during a stream of updates never see half of one, and
/// concurrent writers never lose each other's changes.
/// </summary>
public sealed class ConcurrentWriteTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private const int Subjects = 40;

    [Fact]
    public async Task ReadersDuringUpdates_SeeEachUpdateWholeOrNotAtAll()
    {
        // Every subject holds the same version number; each update moves all of them to the next one in one request.
        var start = Enumerable.Range(0, Subjects).Select(i => new Graph.Core.Terms.Quad(
            new Graph.Core.Terms.Iri("http://example.org/c" + i), new Graph.Core.Terms.Iri("http://example.org/version"),
            new Graph.Core.Terms.Literal("0", Graph.Core.Vocabularies.Xsd.Integer)));
        await using var server = await WriteServer.StartAsync(o => o with { PersistFiles = [] }, start);
        const string Check = "SELECT (COUNT(DISTINCT ?v) AS ?versions) (COUNT(*) AS ?n) (MIN(?v) AS ?min) WHERE { ?s <http://example.org/version> ?v }";

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        var seen = new HashSet<string>();
        var readers = Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            var reads = 0;
            while (!stop.IsCancellationRequested || reads < 5)
            {
                var row = Assert.Single(await server.SelectAsync(Check, Ct));
                Assert.StartsWith($"min=", row, StringComparison.Ordinal);
                Assert.EndsWith($" | n={Subjects} | versions=1", row, StringComparison.Ordinal);
                lock (seen) seen.Add(row);
                reads++;
            }
        }, Ct)).ToList();

        for (var version = 1; version <= 15; version++)
        {
            var response = await server.Bearer.PostAsync("update", WriteServer.Update(
                $"DELETE {{ ?s <http://example.org/version> ?v }} INSERT {{ ?s <http://example.org/version> {version} }} WHERE {{ ?s <http://example.org/version> ?v }}"), Ct);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
        await stop.CancelAsync();
        await Task.WhenAll(readers);
        Assert.Equal($"min=15 | n={Subjects} | versions=1", Assert.Single(await server.SelectAsync(Check, Ct)));
        Assert.True(seen.Count >= 1);
    }

    [Fact]
    public async Task ConcurrentWriters_AreSerialised_NoWriteIsLost()
    {
        await using var server = await WriteServer.StartAsync();
        var writes = Enumerable.Range(0, 24).Select(i => i % 2 == 0
            ? server.Bearer.PostAsync("update", WriteServer.Update($"INSERT DATA {{ <http://example.org/w{i}> <http://example.org/written> {i} }}"), Ct)
            : server.Basic.PostAsync("data?default", WriteServer.Body($"<http://example.org/w{i}> <http://example.org/written> {i} .", "text/turtle"), Ct)).ToList();
        var responses = await Task.WhenAll(writes);
        Assert.All(responses, r => Assert.True(r.IsSuccessStatusCode, r.StatusCode.ToString()));
        Assert.Equal(24, await server.CountAsync("?s <http://example.org/written> ?n", Ct));
        Assert.Equal(server.Served(), WriteServer.ReadFile(server.NQuads));
    }
}
