using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Graph.Server.Tests.Publishing;

/// <summary>
/// A headless Chromium driven through chromedriver's W3C WebDriver HTTP API (https://www.w3.org/TR/webdriver2/), with
/// nothing but <see cref="HttpClient"/>: start the driver on a free loopback port, open a session, find elements by CSS,
/// type, click, read text. <see cref="Start"/> returns null (the caller skips) when chromium or chromedriver is absent.
/// </summary>
internal sealed class WebDriver : IAsyncDisposable
{
    private const string ElementKey = "element-6066-11e4-a52e-4f735466cecf";

    private static readonly string[] s_drivers = ["/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver"];
    private static readonly string[] s_browsers = ["/usr/bin/chromium", "/usr/bin/chromium-browser"];

    private readonly Process _driver;
    private readonly HttpClient _http;
    private readonly string _session;
    private readonly string _profile;

    private WebDriver(Process driver, HttpClient http, string session, string profile)
    {
        _driver = driver;
        _http = http;
        _session = session;
        _profile = profile;
    }

    /// <summary>Why the browser tests cannot run here, or null when they can.</summary>
    public static string? MissingReason =>
        s_drivers.Any(File.Exists) && s_browsers.Any(File.Exists)
            ? null
            : "needs chromium and chromedriver (Debian packages chromium, chromium-driver; listed in .ci/apt-packages); not installed";

    public static async Task<WebDriver> StartAsync(CancellationToken cancellationToken)
    {
        var port = FreePort();
        var driver = Process.Start(new ProcessStartInfo(s_drivers.First(File.Exists), $"--port={port} --allowed-ips=127.0.0.1")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        })!;
        driver.OutputDataReceived += (_, _) => { };
        driver.ErrorDataReceived += (_, _) => { };
        driver.BeginOutputReadLine();
        driver.BeginErrorReadLine();
        var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromSeconds(60) };
        var profile = Directory.CreateTempSubdirectory("graph-chromium-").FullName;
        try
        {
            await WaitReadyAsync(http, cancellationToken);
            // The flags a root user in a container needs (TOOLS.md): no sandbox, no GPU, no background traffic.
            var capabilities = new JsonObject
            {
                ["capabilities"] = new JsonObject
                {
                    ["alwaysMatch"] = new JsonObject
                    {
                        ["browserName"] = "chrome",
                        ["goog:chromeOptions"] = new JsonObject
                        {
                            ["binary"] = s_browsers.First(File.Exists),
                            ["args"] = new JsonArray("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                                "--disable-background-networking", "--disable-component-update", "--no-first-run", "--user-data-dir=" + profile),
                        },
                    },
                },
            };
            var created = await SendAsync(http, HttpMethod.Post, "session", capabilities, cancellationToken);
            return new WebDriver(driver, http, created["sessionId"]!.GetValue<string>(), profile);
        }
        catch
        {
            driver.Kill(entireProcessTree: true);
            driver.Dispose();
            http.Dispose();
            throw;
        }
    }

    public Task NavigateAsync(string url, CancellationToken ct) => CommandAsync(HttpMethod.Post, "url", new JsonObject { ["url"] = url }, ct);

    public async Task<string> FindAsync(string css, CancellationToken ct)
    {
        var value = await CommandAsync(HttpMethod.Post, "element", new JsonObject { ["using"] = "css selector", ["value"] = css }, ct);
        return value[ElementKey]?.GetValue<string>() ?? throw new InvalidOperationException($"WebDriver: no element for {css}: {value.ToJsonString()}");
    }

    public async Task<IReadOnlyList<string>> FindAllAsync(string css, CancellationToken ct)
    {
        var value = await CommandAsync(HttpMethod.Post, "elements", new JsonObject { ["using"] = "css selector", ["value"] = css }, ct);
        return value.AsArray().Select(e => e![ElementKey]!.GetValue<string>()).ToList();
    }

    public Task ClearAsync(string element, CancellationToken ct) => CommandAsync(HttpMethod.Post, $"element/{element}/clear", new JsonObject(), ct);

    public Task TypeAsync(string element, string text, CancellationToken ct) =>
        CommandAsync(HttpMethod.Post, $"element/{element}/value", new JsonObject { ["text"] = text }, ct);

    public Task ClickAsync(string element, CancellationToken ct) => CommandAsync(HttpMethod.Post, $"element/{element}/click", new JsonObject(), ct);

    public async Task<string> TextAsync(string element, CancellationToken ct) =>
        (await CommandAsync(HttpMethod.Get, $"element/{element}/text", null, ct)).GetValue<string>();

    /// <summary>Polls <paramref name="condition"/> until it holds or <paramref name="timeout"/> passes.</summary>
    public static async Task<bool> WaitUntilAsync(Func<Task<bool>> condition, TimeSpan timeout, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            if (await condition()) return true;
            await Task.Delay(100, ct);
        }
        return await condition();
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await _http.DeleteAsync($"session/{_session}", cts.Token);
        }
        catch (Exception e) when (e is HttpRequestException or OperationCanceledException) { }
        if (!_driver.HasExited) _driver.Kill(entireProcessTree: true);
        await _driver.WaitForExitAsync();
        _driver.Dispose();
        _http.Dispose();
        try { Directory.Delete(_profile, recursive: true); }
        catch (IOException) { }
    }

    private Task<JsonNode> CommandAsync(HttpMethod method, string command, JsonObject? body, CancellationToken ct) =>
        SendAsync(_http, method, $"session/{_session}/{command}", body, ct).ContinueWith(t => t.Result["value"] ?? JsonValue.Create(""), ct,
            TaskContinuationOptions.OnlyOnRanToCompletion, TaskScheduler.Default);

    private static async Task<JsonNode> SendAsync(HttpClient http, HttpMethod method, string path, JsonObject? body, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(method, path);
        // chromedriver's server does not read chunked bodies: send a sized one.
        if (body is not null) request.Content = new StringContent(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json");
        using var response = await http.SendAsync(request, ct);
        var text = await response.Content.ReadAsStringAsync(ct);
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"WebDriver {method} {path}: {(int)response.StatusCode} {text}");
        var node = JsonNode.Parse(text)!;
        return path == "session" ? node["value"]! : node;
    }

    private static async Task WaitReadyAsync(HttpClient http, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                using var response = await http.GetAsync("status", ct);
                if (response.StatusCode == HttpStatusCode.OK
                    && JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct)).RootElement.GetProperty("value").GetProperty("ready").GetBoolean())
                    return;
            }
            catch (HttpRequestException) when (clock.Elapsed < TimeSpan.FromSeconds(20)) { }
            if (clock.Elapsed > TimeSpan.FromSeconds(20)) throw new TimeoutException("chromedriver did not become ready in 20 s");
            await Task.Delay(100, ct);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
