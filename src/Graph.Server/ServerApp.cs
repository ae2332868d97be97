using System.Net;
using Graph.Server.Middleware;
using Graph.Server.Protocol;
using Graph.Server.Routes;
using Graph.Server.Writes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Graph.Server;

/// <summary>
/// Builds the web application: Kestrel on the configured address with limits, the shared services (the
/// <see cref="DatasetHolder"/>, <see cref="ServerOptions"/>, the query service, and with <see cref="ServerOptions.Writes"/>
/// the credential check and the serialised writer), the middleware (errors, CORS), and one <c>Map…</c> call per route
/// group (each a static class under <c>Routes/</c>). A new group adds its own line here, before the Linked Data catch-all.
/// </summary>
public static class ServerApp
{
    public static WebApplication Build(DatasetHolder holder, ServerOptions options)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            // A GET carries the query percent-encoded in the request line (up to 3 bytes per byte).
            kestrel.Limits.MaxRequestLineSize = Math.Max(8 * 1024, 3 * options.MaxQueryBytes + 4096);
            kestrel.Limits.MaxRequestBufferSize = Math.Max(1024 * 1024, 3L * options.MaxQueryBytes + 8192);
            kestrel.Limits.MaxRequestBodySize = 4L * options.MaxQueryBytes;
            Listen(kestrel, options.Host, options.Port);
        });
        if (options.Writes is { } writeOptions)
        {
            writeOptions.Validate();
            var writes = new WriteServices(writeOptions, new WriteAuthorization(writeOptions),
                new DatasetWriter(holder, new DatasetPersistence(writeOptions.PersistFiles)));
            builder.Services.AddSingleton(writes);
            if (options.UpdateHandler is null)
                options = options with { UpdateHandler = new AuthenticatedUpdateHandler(writes.Authorization, writes.Writer, options) };
        }
        builder.Services.AddSingleton(holder);
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton<QueryService>();

        var app = builder.Build();
        app.UseMiddleware<ErrorHandling>();
        if (options.CorsOrigin is { } origin) app.UseMiddleware<Cors>(origin, options.Writes is not null);

        app.MapSparqlProtocol();
        app.MapSparqlUpdate();
        app.MapGraphStore();
        app.MapQueryPage();
        app.MapHarvesterDescriptions();
        app.MapLinkedData();
        return app;
    }

    private static void Listen(Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions kestrel, string host, int port)
    {
        if (host is "localhost") kestrel.ListenLocalhost(port);
        else if (host is "*" or "0.0.0.0" or "+") kestrel.ListenAnyIP(port);
        else if (IPAddress.TryParse(host, out var address)) kestrel.Listen(address, port);
        else throw new ArgumentException($"--host '{host}' is not an IP address (or localhost, or 0.0.0.0 for all).", nameof(host));
    }
}
