using Graph.Core.Terms;
using Graph.Mapping;
using Graph.Publishing.Push;
using Graph.Testing;

namespace Graph.Publishing.Tests.Virtuoso;

/// <summary>
/// <c>graph push</c> against a real Virtuoso Open Source on loopback (issue #7's quality bar): the converted museum
/// corpus is pushed, the same queries answer the same on Virtuoso and on our engine, an edit sends only the graphs that
/// changed, a vanished note's graph is dropped, and a server killed mid-push leaves every graph old or new.
/// </summary>
public sealed class VirtuosoPushTests
{
    private const string Base = PushCycle.Base;

    // Virtuoso keeps the provenance statements as they are sent: check them too.
    private static readonly string[] s_queries =
    [
        .. PushCycle.Queries,
        """
        PREFIX schema: <http://schema.org/>
        PREFIX prov: <http://www.w3.org/ns/prov#>
        SELECT ?g ?hash ?path WHERE { GRAPH ?g { ?g prov:wasDerivedFrom ?src ; schema:sha256 ?hash . ?src schema:identifier ?path } }
        """,
    ];

    [Fact]
    public async Task PushedCorpusAnswersLikeTheLocalEngineAndEditsSendOnlyChangedGraphs()
    {
        var ct = TestContext.Current.CancellationToken;
        var vault = VaultCopy.OfCorpus("graph-push-vault-");
        using var server = await StartOrSkipAsync(ct);
        try
        {
            var options = new PushOptions { Endpoint = server.Sparql, GraphStore = server.GraphStore };
            var state = Path.Combine(vault, ".out", PushState.FileName);

            var v1 = PushCycle.Convert(vault, TestContext.Current.CancellationToken);
            var first = await PushAsync(options, v1, state, ct);
            Assert.True(first.Succeeded, first.Error);
            Assert.Equal(v1.Select(g => g.Key).Order(StringComparer.Ordinal), first.Sent.Order(StringComparer.Ordinal));
            await AssertSameAnswersAsync(server, v1, ct);

            var again = await PushAsync(options, v1, state, ct);
            Assert.Empty(again.Sent);
            Assert.Equal(v1.Count, again.Unchanged.Count);

            // Edit one note: new text and a new tag.
            var notes = Directory.GetFiles(Path.Combine(vault, "Notes"), "*.md").Order(StringComparer.Ordinal).ToList();
            File.AppendAllText(notes[0], "\n\nUne phrase ajoutée par le test de publication. #publication-test\n");
            var v2 = PushCycle.Convert(vault, TestContext.Current.CancellationToken);
            var changed = PushCycle.Changed(v1, v2);
            var editedGraph = Assert.Single(changed, k => k.Contains("/graph/note/", StringComparison.Ordinal));
            var second = await PushAsync(options, v2, state, ct);
            Assert.True(second.Succeeded, second.Error);
            Assert.Equal(changed, second.Sent.Order(StringComparer.Ordinal).ToList());
            Assert.Contains(Base + "graph/shared", second.Sent); // the new tag is a new concept
            Assert.Empty(second.Dropped);
            await AssertSameAnswersAsync(server, v2, ct);
            var editedNote = editedGraph.Replace("graph/note/", "note/", StringComparison.Ordinal);
            var topics = await Endpoints.RemoteAsync(server.Sparql,
                $"SELECT ?t WHERE {{ GRAPH ?g {{ <{editedNote}> <http://schema.org/about> ?t }} }}", ct);
            Assert.Contains($"t=<{Base}topic/publication-test>", topics);

            // Delete another: its graph is dropped; notes that linked to it lose the link and are sent.
            File.Delete(notes[1]);
            var v3 = PushCycle.Convert(vault, TestContext.Current.CancellationToken);
            var third = await PushAsync(options, v3, state, ct);
            Assert.True(third.Succeeded, third.Error);
            Assert.Equal(PushCycle.Changed(v2, v3), third.Sent.Order(StringComparer.Ordinal).ToList());
            var vanished = Assert.Single(third.Dropped);
            Assert.DoesNotContain(vanished, v3.Select(g => g.Key));
            await AssertSameAnswersAsync(server, v3, ct);
            var gone = await Endpoints.RemoteAsync(server.Sparql, $"SELECT ?s WHERE {{ GRAPH <{vanished}> {{ ?s ?p ?o }} }}", ct);
            Assert.Empty(gone);
        }
        finally { Directory.Delete(vault, recursive: true); }
    }

    [Fact]
    public async Task KillingTheServerMidPushLeavesEveryGraphOldOrNew()
    {
        var ct = TestContext.Current.CancellationToken;
        var vault = VaultCopy.OfCorpus("graph-push-vault-");
        using var server = await StartOrSkipAsync(ct);
        try
        {
            // SPARQL Update with small batches: large graphs go through a staging graph and a MOVE.
            var options = new PushOptions { Endpoint = server.Sparql, Batch = 40, MaxAttempts = 2, InitialBackoff = TimeSpan.FromMilliseconds(50) };
            var state = Path.Combine(vault, ".out", PushState.FileName);
            var v1 = PushCycle.Convert(vault, TestContext.Current.CancellationToken);
            var first = await PushAsync(options, v1, state, ct);
            Assert.True(first.Succeeded, first.Error);

            foreach (var note in Directory.GetFiles(Path.Combine(vault, "Notes"), "*.md"))
                File.AppendAllText(note, "\n\nVersion 2 de la note.\n");
            var v2 = PushCycle.Convert(vault, TestContext.Current.CancellationToken);
            Assert.True(PushCycle.Changed(v1, v2).Count > 20);

            // Kill the server while the 12th request of this push is in flight.
            var killer = new KillingHandler(server, killAtRequest: 12);
            var broken = await PushAsync(options, v2, state, ct, killer);
            Assert.False(broken.Succeeded);
            Assert.NotNull(broken.Failed);
            Assert.NotEmpty(broken.NotSent);

            await server.StartProcessAsync(ct);
            var old = ByGraph(v1);
            var @new = ByGraph(v2);
            var stored = await StoredAsync(server, ct);
            foreach (var key in @new.Keys.Union(old.Keys))
            {
                var now = stored.GetValueOrDefault(key) ?? [];
                var isOld = now.SetEquals(old.GetValueOrDefault(key) ?? []);
                var isNew = now.SetEquals(@new.GetValueOrDefault(key) ?? []);
                Assert.True(isOld || isNew, $"{key} is neither its old nor its new version after the crash ({now.Count} triples)");
                if (broken.Sent.Contains(key)) Assert.True(isNew, $"{key} was reported sent but is not new");
                if (broken.NotSent.Contains(key)) Assert.True(isOld, $"{key} was reported not sent but changed");
            }

            // The next push sends exactly what the failed one did not, and the store is whole again.
            var resumed = await PushAsync(options, v2, state, ct);
            Assert.True(resumed.Succeeded, resumed.Error);
            Assert.Equal(broken.NotSent.Prepend(broken.Failed!).Order(StringComparer.Ordinal), resumed.Sent.Order(StringComparer.Ordinal));
            await AssertSameAnswersAsync(server, v2, ct);
            var staging = await Endpoints.RemoteAsync(server.Sparql,
                "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), \"urn:graph-push:\")) }", ct);
            Assert.Empty(staging);
        }
        finally { Directory.Delete(vault, recursive: true); }
    }

    [Fact]
    public async Task TheBulkDumpLoadsWithVirtuososBulkLoader()
    {
        var ct = TestContext.Current.CancellationToken;
        var corpus = SharedData.Require("corpus/museumxtd");
        using var server = await StartOrSkipAsync(ct);
        var quads = VaultConverter.Convert(corpus, new MappingOptions { BaseIri = Base, Graphs = GraphLayout.PerNote }, ct).Quads;
        var dump = Path.Combine(server.Folder, "dump");
        var manifest = Graph.Publishing.Dumps.NQuadsDump.Write(quads.Order(QuadComparer.Instance), dump, 64 * 1024);
        Assert.True(manifest.Parts.Count > 1);
        // The load commands README.md documents.
        await server.IsqlAsync($"ld_dir('{dump}', 'graph-*.nq.gz', '{Base}default'); rdf_loader_run(); checkpoint;", ct);
        var graphs = PublishedGraph.FromDataset(quads);
        await AssertSameAnswersAsync(server, graphs, ct);
    }

    private static async Task<VirtuosoServer> StartOrSkipAsync(CancellationToken ct)
    {
        if (VirtuosoServer.MissingReason() is { } reason) Assert.Skip(reason);
        return await VirtuosoServer.StartAsync(ct);
    }

    private static async Task<PushReport> PushAsync(PushOptions options, IReadOnlyList<PublishedGraph> graphs, string state, CancellationToken ct, HttpMessageHandler? handler = null)
    {
        using var publisher = new Publisher(options, handler);
        return await publisher.PushAsync(graphs, state, null, ct);
    }

    private static async Task AssertSameAnswersAsync(VirtuosoServer server, IReadOnlyList<PublishedGraph> graphs, CancellationToken ct)
    {
        var store = Endpoints.Store(graphs.SelectMany(PushCycle.Quads));
        foreach (var query in s_queries)
        {
            var local = Endpoints.Local(store, query);
            var remote = await Endpoints.RemoteAsync(server.Sparql, query, ct);
            Assert.NotEmpty(local);
            var missing = local.Except(remote).Take(5).ToList();
            var extra = remote.Except(local).Take(5).ToList();
            Assert.True(missing.Count == 0 && extra.Count == 0 && local.Count == remote.Count,
                $"{query}\nlocal {local.Count} rows, Virtuoso {remote.Count}\nonly local: {string.Join("\n  ", missing)}\nonly Virtuoso: {string.Join("\n  ", extra)}");
        }
    }

    private static Dictionary<string, HashSet<string>> ByGraph(IReadOnlyList<PublishedGraph> graphs) =>
        graphs.ToDictionary(g => g.Key, g => PushCycle.Quads(g).Select(q => ResultNormalizer.Term(q.Subject) + " " + ResultNormalizer.Term(q.Predicate) + " " + ResultNormalizer.Term(q.Object)).ToHashSet());

    private static async Task<Dictionary<string, HashSet<string>>> StoredAsync(VirtuosoServer server, CancellationToken ct)
    {
        var rows = await Endpoints.RemoteAsync(server.Sparql, $"SELECT ?g ?s ?p ?o WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(STRSTARTS(STR(?g), \"{Base}\")) }}", ct);
        var result = new Dictionary<string, HashSet<string>>();
        foreach (var row in rows)
        {
            // "g=<…> | s=… | p=… | o=…"
            var cells = row.Split(" | ", 4);
            var g = cells[0][3..^1];
            if (!result.TryGetValue(g, out var set)) result[g] = set = [];
            set.Add(cells[1][2..] + " " + cells[2][2..] + " " + cells[3][2..]);
        }
        return result;
    }

    /// <summary>Forwards requests; on the n-th, kills the server a moment after sending it, so the request is cut in flight.</summary>
    private sealed class KillingHandler(VirtuosoServer server, int killAtRequest) : DelegatingHandler(new SocketsHttpHandler())
    {
        private int _count;

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (Interlocked.Increment(ref _count) == killAtRequest)
            {
                var send = base.SendAsync(request, cancellationToken);
                server.Kill();
                return await send;
            }
            return await base.SendAsync(request, cancellationToken);
        }
    }
}
