using Graph.Server;
using Graph.Testing;

namespace Graph.Server.Tests;

/// <summary>A real server (Kestrel on 127.0.0.1, a free port) over the sample vault, shared by a test class.</summary>
public sealed class SampleServer : IAsyncLifetime
{
    private GraphServer? _server;

    public HttpClient Client { get; private set; } = null!;

    public GraphServer Server => _server!;

    public DatasetSnapshot Snapshot => Server.Holder.Current;

    public async ValueTask InitializeAsync()
    {
        var source = new DatasetSource(Path.Combine(SharedData.RepositoryRoot, "samples"), [], null);
        _server = await TestServers.StartAsync(source.Load(), new ServerOptions { Port = 0 });
        Client = new HttpClient { BaseAddress = _server.Address };
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        if (_server is not null) await _server.DisposeAsync();
    }
}
