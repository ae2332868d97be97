using System.Diagnostics;

namespace Graph.Publishing.Push;

/// <summary>
/// <c>graph push</c>: sends the graphs that changed since the last push to a triple store (Graph Store Protocol when
/// <see cref="PushOptions.GraphStore"/> is given, else SPARQL Update), drops the graphs that disappeared, and records each
/// confirmed graph in the <see cref="PushState"/>. A graph whose transfer fails transiently is retried from its start
/// with exponential back-off; when it still fails, the push stops and reports what was sent and what was not.
/// <code>
/// using var publisher = new Publisher(new PushOptions { Endpoint = new("http://localhost:8890/sparql") });
/// var report = await publisher.PushAsync(PublishedGraph.FromDataset(quads), "output/push-state.json", null, ct);
/// </code>
/// </summary>
public sealed class Publisher : IDisposable
{
    private readonly PushOptions _options;
    private readonly HttpClient _client;
    private readonly IGraphTransport _transport;
    private readonly Func<TimeSpan, CancellationToken, Task> _delay;

    /// <param name="options">Where and how to push.</param>
    /// <param name="handler">The HTTP handler (tests pass their own); null uses a <see cref="SocketsHttpHandler"/>.</param>
    /// <param name="delay">How to wait between attempts (tests pass a recorder); null uses <see cref="Task.Delay(TimeSpan, CancellationToken)"/>.</param>
    public Publisher(PushOptions options, HttpMessageHandler? handler = null, Func<TimeSpan, CancellationToken, Task>? delay = null)
    {
        if (options.Batch < 1) throw new ArgumentOutOfRangeException(nameof(options), "the batch must hold at least one triple");
        if (options.Token is not null && options.User is not null) throw new ArgumentException("give a bearer token or a user, not both", nameof(options));
        _options = options;
        _client = new HttpClient(handler ?? new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(1) }, disposeHandler: handler is null)
        {
            Timeout = options.RequestTimeout,
        };
        var sender = new HttpSender(_client, options);
        _transport = options.GraphStore is { } gs
            ? new GraphStoreTransport(sender, gs)
            : new SparqlUpdateTransport(sender, options.Endpoint, options.Batch);
        _delay = delay ?? Task.Delay;
    }

    /// <summary>What a push would do, given the state file (for <c>--dry-run</c> and for <see cref="PushAsync"/>).</summary>
    public static PushPlan Plan(IReadOnlyList<PublishedGraph> graphs, PushState state, PushOptions options) =>
        PushPlan.Compute(graphs, state.Graphs(options.Target));

    public async Task<PushReport> PushAsync(IReadOnlyList<PublishedGraph> graphs, string stateFile, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        var state = PushState.Load(stateFile);
        var plan = Plan(graphs, state, _options);
        var sent = new List<string>();
        var dropped = new List<string>();
        var target = _options.Target;
        var lastSave = Stopwatch.StartNew();
        var dirty = false;
        var steps = plan.Send.Select(g => (Key: g.Key, Graph: (PublishedGraph?)g)).Concat(plan.Drop.Select(k => (Key: k, Graph: (PublishedGraph?)null))).ToList();
        try
        {
            for (var i = 0; i < steps.Count; i++)
            {
                var (key, graph) = steps[i];
                try
                {
                    await WithRetriesAsync(graph is null
                        ? ct => _transport.DropAsync(key, ct)
                        : ct => _transport.ReplaceAsync(graph, ct), key, progress, cancellationToken).ConfigureAwait(false);
                }
                catch (PushHttpException e)
                {
                    return new PushReport(sent, dropped, plan.Unchanged, key, e.Message, steps.Skip(i + 1).Select(s => s.Key).ToList());
                }
                if (graph is null)
                {
                    state.Remove(target, key);
                    dropped.Add(key);
                    progress?.Report($"dropped {key}");
                }
                else
                {
                    state.Set(target, key, graph.Hash);
                    sent.Add(key);
                    progress?.Report($"sent {key} ({graph.Triples} triples)");
                }
                dirty = true;
                // Saving after every graph would be quadratic for large vaults; a lost save only means a graph is sent again.
                if (lastSave.Elapsed > TimeSpan.FromSeconds(1))
                {
                    state.Save(stateFile);
                    dirty = false;
                    lastSave.Restart();
                }
            }
            return new PushReport(sent, dropped, plan.Unchanged, null, null, []);
        }
        finally
        {
            if (dirty) state.Save(stateFile);
        }
    }

    private async Task WithRetriesAsync(Func<CancellationToken, Task> action, string key, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        var wait = _options.InitialBackoff;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await action(cancellationToken).ConfigureAwait(false);
                return;
            }
            catch (PushHttpException e) when (e.Transient && attempt < _options.MaxAttempts)
            {
                progress?.Report($"retrying {key} in {wait.TotalSeconds:0.#} s (attempt {attempt} of {_options.MaxAttempts} failed: {e.Message})");
                await _delay(wait, cancellationToken).ConfigureAwait(false);
                wait = TimeSpan.FromTicks(Math.Min(wait.Ticks * 2, _options.MaxBackoff.Ticks));
            }
        }
    }

    public void Dispose() => _client.Dispose();
}
