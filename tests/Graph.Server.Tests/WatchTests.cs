using System.Net;
using System.Text.Json;
using Graph.Testing;

namespace Graph.Server.Tests;

/// <summary>
/// <c>--watch</c>: an edit in the vault is converted and swapped in; the next query sees it. Requests that hold the
/// old snapshot keep it.
/// </summary>
public sealed class WatchTests : IDisposable
{
    private readonly string _vault = Path.Combine(Path.GetTempPath(), "graph-watch-" + Guid.NewGuid().ToString("N"));
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public WatchTests()
    {
        Directory.CreateDirectory(Path.Combine(_vault, "Notes"));
        File.WriteAllText(Path.Combine(_vault, "Notes", "Alpha.md"), "---\ntitle: Alpha\n---\nFirst note, links to [[Beta]].\n");
        File.WriteAllText(Path.Combine(_vault, "Notes", "Beta.md"), "---\ntitle: Beta\n---\nSecond note.\n");
    }

    public void Dispose()
    {
        try { Directory.Delete(_vault, recursive: true); } catch (IOException) { }
    }

    private static async Task<List<string>> Titles(HttpClient client, string? url = null)
    {
        const string query = "PREFIX schema: <http://schema.org/> SELECT ?t WHERE { ?n schema:name ?t } ORDER BY ?t";
        var response = await client.GetAsync(url ?? "sparql?query=" + TestServers.Encode(query), Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        return json.RootElement.GetProperty("results").GetProperty("bindings").EnumerateArray()
            .Select(b => b.GetProperty("t").GetProperty("value").GetString()!).ToList();
    }

    [Fact]
    public async Task Edit_IsVisibleToTheNextQuery()
    {
        var source = new DatasetSource(_vault, [], "https://watch.example/");
        var holder = new DatasetHolder(source.Load(cancellationToken: Ct));
        await using var server = await GraphServer.StartAsync(holder, new ServerOptions { Port = 0 }, Ct);
        using var watcher = new VaultWatcher(source, holder, _ => { });
        using var client = new HttpClient { BaseAddress = server.Address };
        var before = await Titles(client);
        Assert.Contains("Alpha", before);
        Assert.DoesNotContain("Gamma", before);
        var oldSnapshot = holder.Current;

        var reloaded = new TaskCompletionSource<DatasetSnapshot?>(TaskCreationOptions.RunContinuationsAsynchronously);
        watcher.Reloaded += s => { if (s is not null && s.Store.Count != oldSnapshot.Store.Count) reloaded.TrySetResult(s); };
        await File.WriteAllTextAsync(Path.Combine(_vault, "Notes", "Gamma.md"), "---\ntitle: Gamma\n---\nA new note.\n", Ct);
        var published = await reloaded.Task.WaitAsync(TimeSpan.FromSeconds(30), Ct);

        Assert.NotNull(published);
        Assert.Equal(oldSnapshot.Generation + 1, published.Generation);
        Assert.Contains("Gamma", await Titles(client));
        // The old snapshot is untouched: a request that took it before the swap answers from it.
        Assert.False(oldSnapshot.Store.Dictionary.TryGetId(new Graph.Core.Terms.Literal("Gamma", Graph.Core.Vocabularies.Xsd.String), out _));
    }

    [Fact]
    public async Task BrokenFile_KeepsServingThePreviousData()
    {
        var data = Path.Combine(_vault, "extra.ttl");
        await File.WriteAllTextAsync(data, "<http://ex/a> <http://schema.org/name> \"Delta\" .\n", Ct);
        var source = new DatasetSource(_vault, [data], "https://watch.example/");
        var holder = new DatasetHolder(source.Load(cancellationToken: Ct));
        await using var server = await GraphServer.StartAsync(holder, new ServerOptions { Port = 0 }, Ct);
        var messages = new List<string>();
        using var watcher = new VaultWatcher(source, holder, m => { lock (messages) messages.Add(m); });
        using var client = new HttpClient { BaseAddress = server.Address };
        Assert.Contains("Delta", await Titles(client));

        var failed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        watcher.Reloaded += s => { if (s is null) failed.TrySetResult(); };
        await File.WriteAllTextAsync(data, "<http://ex/a> <http://schema.org/name> \"Delta\" ;;; broken\n", Ct);
        await failed.Task.WaitAsync(TimeSpan.FromSeconds(30), Ct);

        Assert.Contains("Delta", await Titles(client));
        lock (messages) Assert.Contains(messages, m => m.Contains("reload failed", StringComparison.Ordinal));
    }

    private static async Task<List<string>> Values(HttpClient client, string query)
    {
        var response = await client.GetAsync("sparql?query=" + TestServers.Encode(query), Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        return json.RootElement.GetProperty("results").GetProperty("bindings").EnumerateArray()
            .Select(b => b.EnumerateObject().First().Value.GetProperty("value").GetString()!).ToList();
    }

    // Polls the endpoint until the condition holds: the watcher reloads on its own schedule.
    private static async Task Until(Func<Task<bool>> condition, string what)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "the watcher never made this visible: " + what);
            await Task.Delay(50, Ct);
        }
    }

    [Fact]
    public async Task EditDeleteAndNewNote_AreSeenIncrementally()
    {
        const string broken = "PREFIX schema: <http://schema.org/> SELECT ?target WHERE { ?n schema:mentions ?target FILTER NOT EXISTS { ?target ?p ?o } } ORDER BY ?target";
        await File.WriteAllTextAsync(Path.Combine(_vault, "Notes", "Alpha.md"), "---\ntitle: Alpha\n---\nFirst note, links to [[Beta]] and [[Gamma]].\n", Ct);
        var source = new DatasetSource(_vault, [], "https://watch.example/");
        var reader = source.CreateIncrementalReader();
        var holder = new DatasetHolder(source.Load(reader, null, cancellationToken: Ct));
        await using var server = await GraphServer.StartAsync(holder, new ServerOptions { Port = 0 }, Ct);
        var messages = new List<string>();
        using var watcher = new VaultWatcher(source, holder, m => { lock (messages) messages.Add(m); }, reader);
        using var client = new HttpClient { BaseAddress = server.Address };
        Assert.Equal(["https://watch.example/note/gamma"], await Values(client, broken));

        // A new note fixes the broken link to it.
        await File.WriteAllTextAsync(Path.Combine(_vault, "Notes", "Gamma.md"), "---\ntitle: Gamma\n---\nThird note.\n", Ct);
        await Until(async () => (await Values(client, broken)).Count == 0, "Gamma.md resolves [[Gamma]]");
        Assert.Contains("Gamma", await Titles(client));

        // An edit is visible.
        await File.WriteAllTextAsync(Path.Combine(_vault, "Notes", "Beta.md"), "---\ntitle: Beta edited\n---\nSecond note, edited.\n", Ct);
        await Until(async () => (await Titles(client)).Contains("Beta edited"), "the edit of Beta.md");

        // A deleted note is gone, and links to it are broken again.
        File.Delete(Path.Combine(_vault, "Notes", "Beta.md"));
        await Until(async () => !(await Titles(client)).Contains("Beta edited"), "the deletion of Beta.md");
        Assert.Equal(["https://watch.example/note/beta"], await Values(client, broken));

        // Each reload after the first load parsed only what changed (the reader was warmed by the first load).
        lock (messages) Assert.DoesNotContain(messages, m => m.Contains("reloaded", StringComparison.Ordinal) && !m.Contains("reused", StringComparison.Ordinal));
        lock (messages) Assert.Contains(messages, m => m.Contains("1 note(s) parsed, 2 reused", StringComparison.Ordinal));
    }
}
