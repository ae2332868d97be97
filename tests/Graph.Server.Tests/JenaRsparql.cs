using System.Diagnostics;
using System.IO.Compression;

namespace Graph.Server.Tests;

/// <summary>
/// Runs Apache Jena's <c>arq.rsparql</c> (Debian <c>libapache-jena-java</c>) as a real SPARQL protocol client. The class
/// path is built from the package's unversioned jars (without the slf4j bridges that loop), led by a small jar that
/// puts jena-core's Xerces message files where Debian's relocated Xerces looks for them (see ../shared/TOOLS.md).
/// </summary>
internal static class JenaRsparql
{
    private const string JavaDir = "/usr/share/java";
    private static readonly Lazy<string?> s_classPath = new(BuildClassPath);

    /// <summary>Why the tests cannot run here, or null when Java and Jena are installed.</summary>
    public static string? MissingReason =>
        !File.Exists(Path.Combine(JavaDir, "jena-arq.jar")) ? "needs Apache Jena (Debian libapache-jena-java, listed in .ci/apt-packages); not installed"
        : FindJava() is null ? "needs a Java runtime (installed with libapache-jena-java); java not found"
        : null;

    public static async Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(Uri endpoint, string query, string? results, CancellationToken ct)
    {
        var info = new ProcessStartInfo(FindJava()!)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var a in new[] { "-cp", s_classPath.Value!, "arq.rsparql", "--service", endpoint.AbsoluteUri }) info.ArgumentList.Add(a);
        if (results is not null) info.ArgumentList.Add("--results=" + results);
        info.ArgumentList.Add(query);
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync(ct);
        var stderr = process.StandardError.ReadToEndAsync(ct);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(TimeSpan.FromMinutes(3));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }
        return (process.ExitCode, await stdout, await stderr);
    }

    private static string? FindJava() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Select(d => Path.Combine(d, "java")).FirstOrDefault(File.Exists);

    private static string BuildClassPath()
    {
        var fix = Path.Combine(Path.GetTempPath(), "graph-jena-xerces-fix-" + Environment.ProcessId + ".jar");
        using (var core = ZipFile.OpenRead(Path.Combine(JavaDir, "jena-core.jar")))
        using (var output = ZipFile.Open(fix, ZipArchiveMode.Create))
        {
            const string prefix = "org/apache/jena/ext/xerces/";
            foreach (var entry in core.Entries.Where(e => e.FullName.StartsWith(prefix, StringComparison.Ordinal) && e.FullName.EndsWith(".properties", StringComparison.Ordinal)))
            {
                using var from = entry.Open();
                using var to = output.CreateEntry("xerces/" + entry.FullName[prefix.Length..]).Open();
                from.CopyTo(to);
            }
        }
        string[] excluded = ["log4j-over-slf4j.jar", "slf4j-log4j12.jar", "slf4j-jcl.jar", "slf4j-jdk14.jar", "slf4j-simple.jar"];
        var jars = Directory.GetFiles(JavaDir, "*.jar")
            .Select(Path.GetFileName)
            .Where(n => n is not null && !System.Text.RegularExpressions.Regex.IsMatch(n, @"-\d[\w.~+-]*\.jar$") && !excluded.Contains(n)
                && !n.StartsWith("maven", StringComparison.Ordinal) && !n.StartsWith("wagon", StringComparison.Ordinal)
                && !n.StartsWith("guice", StringComparison.Ordinal) && !n.StartsWith("sisu", StringComparison.Ordinal)
                && !n.StartsWith("plexus", StringComparison.Ordinal) && !n.StartsWith("java-atk", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n => Path.Combine(JavaDir, n!));
        return string.Join(':', new[] { fix }.Concat(jars));
    }
}
