using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Graph.Core.Terms;
using Graph.IO;
using Graph.Server.Writes;
using Graph.Store;

namespace Graph.Server.Tests.Writes;

/// <summary>
/// A real server on loopback with authenticated writes over a small dataset (a default-graph triple and a named graph
/// <see cref="A"/> of two), persisting to <c>data.trig</c> and <c>data.nq</c> in a temp folder; clients with the
/// bearer token, with the basic credentials, and with none.
/// </summary>
internal sealed class WriteServer : IAsyncDisposable
{
    public const string Token = "t0ken-for-tests";
    public const string User = "editor";
    public const string Password = "pa:ss wörd";
    public static readonly Iri A = new("http://example.org/graphs/a");
    public static readonly Iri P = new("http://example.org/p");

    private WriteServer(GraphServer server, string folder, WriteOptions options)
    {
        Server = server;
        Folder = folder;
        Options = options;
        Anonymous = new HttpClient { BaseAddress = server.Address };
        Bearer = new HttpClient { BaseAddress = server.Address };
        Bearer.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        Basic = new HttpClient { BaseAddress = server.Address };
        Basic.DefaultRequestHeaders.Authorization = BasicHeader(User, Password);
    }

    public GraphServer Server { get; }

    public string Folder { get; }

    public WriteOptions Options { get; }

    public HttpClient Anonymous { get; }

    public HttpClient Bearer { get; }

    public HttpClient Basic { get; }

    public string Trig => Path.Combine(Folder, "data.trig");

    public string NQuads => Path.Combine(Folder, "data.nq");

    public static AuthenticationHeaderValue BasicHeader(string user, string password) =>
        new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(user + ":" + password)));

    public static async Task<WriteServer> StartAsync(Func<WriteOptions, WriteOptions>? configure = null, IEnumerable<Quad>? quads = null)
    {
        var folder = Directory.CreateTempSubdirectory("graph-writes-").FullName;
        var options = new WriteOptions
        {
            Token = Token, User = User, Password = Password,
            PersistFiles = [Path.Combine(folder, "data.trig"), Path.Combine(folder, "data.nq")],
        };
        options = configure?.Invoke(options) ?? options;
        var store = new QuadStore();
        store.Load(quads ?? Sample());
        var snapshot = new DatasetSnapshot(store, "http://example.org/", null, null, DateTimeOffset.UtcNow, 1);
        var server = await TestServers.StartAsync(snapshot, new ServerOptions { Writes = options });
        return new WriteServer(server, folder, options);
    }

    public static IEnumerable<Quad> Sample() =>
    [
        new(new Iri("http://example.org/s0"), P, new Literal("default", "en")),
        new(new Iri("http://example.org/s1"), P, new Iri("http://example.org/o1"), A),
        new(new Iri("http://example.org/s2"), P, new Iri("http://example.org/o2"), A),
    ];

    public static StringContent Update(string text) => new(text, Encoding.UTF8, "application/sparql-update");

    public static StringContent Body(string text, string mediaType) => new(text, new UTF8Encoding(false), mediaType);

    /// <summary>The rows of a SELECT as "var=value" strings joined by " | ", sorted (via a client without credentials).</summary>
    public async Task<List<string>> SelectAsync(string query, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "sparql?query=" + Uri.EscapeDataString(query));
        request.Headers.Accept.ParseAdd("application/sparql-results+json");
        using var response = await Anonymous.SendAsync(request, ct);
        var body = await response.Content.ReadAsStringAsync(ct);
        Assert.True(response.IsSuccessStatusCode, body);
        using var json = JsonDocument.Parse(body);
        return json.RootElement.GetProperty("results").GetProperty("bindings").EnumerateArray()
            .Select(b => string.Join(" | ", b.EnumerateObject().OrderBy(p => p.Name, StringComparer.Ordinal).Select(p => p.Name + "=" + p.Value.GetProperty("value").GetString())))
            .Order(StringComparer.Ordinal).ToList();
    }

    public async Task<int> CountAsync(string pattern, CancellationToken ct)
    {
        var rows = await SelectAsync($"SELECT (COUNT(*) AS ?n) WHERE {{ {pattern} }}", ct);
        return int.Parse(Assert.Single(rows)["n=".Length..], System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The quads of a persisted file, as sorted N-Quads lines.</summary>
    public static List<string> ReadFile(string path)
    {
        var quads = new QuadList();
        using (var stream = File.OpenRead(path))
            RdfSyntaxes.CreateReader(RdfFormat.FromPath(path)!).Read(stream, quads, new RdfReaderOptions { FileName = path });
        return quads.Quads.Select(q => q.ToString()).Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>The quads the server holds now, as sorted N-Quads lines.</summary>
    public List<string> Served() => Server.Holder.Current.Store.Quads().Select(q => q.ToString()).Order(StringComparer.Ordinal).ToList();

    public async ValueTask DisposeAsync()
    {
        Anonymous.Dispose();
        Bearer.Dispose();
        Basic.Dispose();
        await Server.DisposeAsync();
        try { Directory.Delete(Folder, recursive: true); }
        catch (IOException) { }
    }
}
