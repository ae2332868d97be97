using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Graph.Server;

/// <summary>
/// A running server: starts the application <see cref="ServerApp"/> builds, exposes the address it bound (port 0 picks
/// a free one) and stops it.
/// <code>
/// await using var server = await GraphServer.StartAsync(new DatasetHolder(source.Load()), new ServerOptions { Port = 0 });
/// var endpoint = new Uri(server.Address, "sparql");
/// </code>
/// </summary>
public sealed class GraphServer : IAsyncDisposable
{
    private GraphServer(WebApplication app, DatasetHolder holder, Uri address)
    {
        App = app;
        Holder = holder;
        Address = address;
    }

    public WebApplication App { get; }

    public DatasetHolder Holder { get; }

    /// <summary>The bound address, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri Address { get; }

    public static async Task<GraphServer> StartAsync(DatasetHolder holder, ServerOptions options, CancellationToken cancellationToken = default)
    {
        var app = ServerApp.Build(holder, options);
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses;
        var first = addresses?.FirstOrDefault() ?? throw new InvalidOperationException("The server bound no address.");
        // Kestrel reports a wildcard bind as http://[::]:port; clients on this machine reach it on loopback.
        var uri = new UriBuilder(first.Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal)) { Path = "/" }.Uri;
        return new GraphServer(app, holder, uri);
    }

    /// <summary>Completes when the host is asked to stop (Ctrl+C, SIGTERM or <see cref="StopAsync"/>).</summary>
    public Task WaitForShutdownAsync(CancellationToken cancellationToken = default) => App.WaitForShutdownAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken = default) => App.StopAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync().ConfigureAwait(false);
        await App.DisposeAsync().ConfigureAwait(false);
    }
}
