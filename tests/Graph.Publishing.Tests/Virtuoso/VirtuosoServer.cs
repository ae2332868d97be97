using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;

namespace Graph.Publishing.Tests.Virtuoso;

/// <summary>
/// A throw-away Virtuoso Open Source (Debian <c>virtuoso-opensource</c>) on loopback: its own <c>virtuoso.ini</c> and
/// database in a temp folder (the packaged ini with every file moved there and both ports free ones), started with
/// <c>virtuoso-t +foreground +configfile FILE</c>; SPARQL Update granted to the anonymous SPARQL user. Kill/Start restart
/// it on the same database (to crash it mid-push); Dispose stops it and deletes the folder.
/// </summary>
internal sealed partial class VirtuosoServer : IDisposable
{
    private const string PackagedIni = "/etc/virtuoso-opensource-7/virtuoso.ini";
    private readonly string _folder;
    private readonly string _ini;
    private readonly int _sqlPort;
    private Process? _process;

    public int HttpPort { get; }

    /// <summary>The instance's folder, which its <c>DirsAllowed</c> lets the bulk loader read.</summary>
    public string Folder => _folder;

    public Uri Sparql => new($"http://127.0.0.1:{HttpPort}/sparql");

    public Uri GraphStore => new($"http://127.0.0.1:{HttpPort}/sparql-graph-crud");

    /// <summary>Why the test cannot run here, or null when virtuoso-t and isql-vt are installed.</summary>
    public static string? MissingReason()
    {
        if (Which("virtuoso-t") is null) return "virtuoso-t not found (Debian package virtuoso-opensource, listed in .ci/apt-packages)";
        if (Which("isql-vt") is null) return "isql-vt not found (Debian package virtuoso-opensource-7-bin)";
        if (!File.Exists(PackagedIni)) return $"{PackagedIni} not found (Debian package virtuoso-opensource-7)";
        return null;
    }

    private VirtuosoServer()
    {
        _folder = Directory.CreateTempSubdirectory("graph-virtuoso-").FullName;
        _ini = Path.Combine(_folder, "virtuoso.ini");
        _sqlPort = FreePort();
        HttpPort = FreePort();
        File.WriteAllText(_ini, Configure(File.ReadAllText(PackagedIni)));
    }

    public static async Task<VirtuosoServer> StartAsync(CancellationToken cancellationToken)
    {
        var server = new VirtuosoServer();
        try
        {
            await server.StartProcessAsync(cancellationToken);
            await server.IsqlAsync("grant SPARQL_UPDATE to \"SPARQL\";", cancellationToken);
            return server;
        }
        catch
        {
            server.Dispose();
            throw;
        }
    }

    private string Configure(string ini)
    {
        var section = "";
        var lines = ini.ReplaceLineEndings("\n").Split('\n').Select(line =>
        {
            var trimmed = line.Trim();
            if (trimmed.StartsWith('[')) { section = trimmed; return line; }
            var m = KeyValue().Match(line);
            if (!m.Success) return line;
            var key = m.Groups[1].Value;
            return (section, key) switch
            {
                (_, "DatabaseFile" or "ErrorLogFile" or "LockFile" or "TransactionFile" or "xa_persistent_file") =>
                    $"{key} = {Path.Combine(_folder, (section == "[TempDatabase]" ? "temp-" : "") + Path.GetFileName(m.Groups[2].Value.Trim()))}",
                ("[Parameters]", "ServerPort") => $"ServerPort = 127.0.0.1:{_sqlPort}",
                ("[HTTPServer]", "ServerPort") => $"ServerPort = 127.0.0.1:{HttpPort}",
                ("[Parameters]", "DirsAllowed") => $"DirsAllowed = ., {_folder}, /usr/share/virtuoso-opensource-7/vad",
                ("[Parameters]", "NumberOfBuffers") => "NumberOfBuffers = 10000",
                _ => line,
            };
        });
        return string.Join('\n', lines);
    }

    [GeneratedRegex(@"^\s*([A-Za-z_]+)\s*=\s*([^;]*)")]
    private static partial Regex KeyValue();

    /// <summary>Starts virtuoso-t on the database (new or left by <see cref="Kill"/>) and waits until /sparql answers.</summary>
    public async Task StartProcessAsync(CancellationToken cancellationToken)
    {
        var psi = new ProcessStartInfo(Which("virtuoso-t")!, ["+foreground", "+configfile", _ini])
        {
            WorkingDirectory = _folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        _process = Process.Start(psi) ?? throw new InvalidOperationException("virtuoso-t did not start");
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(120))
        {
            if (_process.HasExited) throw new InvalidOperationException($"virtuoso-t exited with {_process.ExitCode}; see {_folder}/virtuoso.log");
            try
            {
                using var r = await client.GetAsync(Sparql + "?query=ASK%7B%7D", cancellationToken);
                if (r.StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested) { }
            await Task.Delay(250, cancellationToken);
        }
        throw new TimeoutException("Virtuoso did not answer on /sparql within 120 s");
    }

    /// <summary>Kills the server at once (SIGKILL): what is not committed is lost, as in a crash.</summary>
    public void Kill()
    {
        if (_process is { HasExited: false } p)
        {
            p.Kill(entireProcessTree: true);
            p.WaitForExit(30_000);
        }
        _process?.Dispose();
        _process = null;
        // A killed server leaves its lock file; a restart must not mistake it for a running one.
        File.Delete(Path.Combine(_folder, "virtuoso.lck"));
    }

    public async Task IsqlAsync(string sql, CancellationToken cancellationToken)
    {
        var psi = new ProcessStartInfo(Which("isql-vt")!, [$"127.0.0.1:{_sqlPort}", "dba", "dba", $"exec={sql}"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var p = Process.Start(psi) ?? throw new InvalidOperationException("isql-vt did not start");
        var output = await p.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = await p.StandardError.ReadToEndAsync(cancellationToken);
        await p.WaitForExitAsync(cancellationToken);
        if (p.ExitCode != 0 || error.Contains("Error", StringComparison.Ordinal))
            throw new InvalidOperationException($"isql-vt '{sql}' failed ({p.ExitCode}): {output} {error}");
    }

    public void Dispose()
    {
        Kill();
        try { Directory.Delete(_folder, recursive: true); }
        catch (IOException) { }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string? Which(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, name)).FirstOrDefault(File.Exists);
}
