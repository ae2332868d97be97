using Graph.Server;

namespace Graph.Server.Tests;

/// <summary>Starting throw-away servers for tests: always on loopback, on a port the system picks.</summary>
internal static class TestServers
{
    public static Task<GraphServer> StartAsync(DatasetSnapshot snapshot, ServerOptions options) =>
        GraphServer.StartAsync(new DatasetHolder(snapshot), options with { Host = "127.0.0.1", Port = 0 });

    /// <summary>A snapshot of the given RDF files (syntax from the extension).</summary>
    public static DatasetSnapshot Load(params string[] files) => new DatasetSource(null, files, null).Load();

    public static string Encode(string s) => Uri.EscapeDataString(s);
}
