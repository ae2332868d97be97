using System.Net;
using System.Net.Sockets;
using Graph.Testing;

namespace Graph.Cli.Tests;

/// <summary><c>graph convert --graphs per-note --dump-dir</c> and <c>graph push</c> on the command line.</summary>
public sealed class PublishCommandTests
{
    private static string Samples => Path.Combine(SharedData.RepositoryRoot, "samples");

    [Fact]
    public void PerNoteConversionWritesNamedGraphsAndABulkDump()
    {
        var dir = Directory.CreateTempSubdirectory("graph-cli-pernote-").FullName;
        try
        {
            var exit = CliRunner.Run(out var stdout, out var stderr, "convert", Samples, "--out", dir, "--graphs", "per-note",
                "--dump-dir", Path.Combine(dir, "dump"), "--split-size", "32KB", "--quiet");
            Assert.True(exit == 0, stderr + stdout);
            Assert.Equal(["dcat.ttl", "graph.nq", "graph.trig", "void.ttl"], Directory.GetFiles(dir).Select(Path.GetFileName).Order(StringComparer.Ordinal));
            var nquads = File.ReadAllLines(Path.Combine(dir, "graph.nq"));
            Assert.All(nquads, l => Assert.Contains("/graph/", l.Split(' ')[^2], StringComparison.Ordinal));
            var dump = Directory.GetFiles(Path.Combine(dir, "dump")).Select(Path.GetFileName).ToList();
            Assert.Contains("manifest.json", dump);
            Assert.Contains("graph-0002.nq.gz", dump);
            Assert.Contains($"\"quads\": {nquads.Length},", File.ReadAllText(Path.Combine(dir, "dump", "manifest.json")), StringComparison.Ordinal);
        }
        finally { Directory.Delete(dir, recursive: true); }
    }

    [Fact]
    public void PerNoteRefusesATripleOnlySyntax()
    {
        var exit = CliRunner.Run(out _, out var stderr, "convert", Samples, "--out", Path.GetTempPath(), "--graphs", "per-note", "--format", "ttl");
        Assert.Equal(2, exit);
        Assert.Contains("Turtle cannot hold", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void DryRunListsTheGraphsItWouldSend()
    {
        var dir = Directory.CreateTempSubdirectory("graph-cli-push-").FullName;
        try
        {
            var exit = CliRunner.Run(out var stdout, out var stderr, "push", Samples, "--out", dir, "--endpoint", "http://127.0.0.1:9/sparql", "--dry-run");
            Assert.True(exit == 0, stderr + stdout);
            Assert.Matches(@"dry run: \d+ graph\(s\) to send \(SPARQL Update to http://127.0.0.1:9/sparql\), 0 to drop, 0 unchanged", stdout);
            Assert.Contains("send https://example.org/graph/graph/shared (", stdout, StringComparison.Ordinal);
            Assert.False(File.Exists(Path.Combine(dir, "push-state.json")));
        }
        finally { Directory.Delete(dir, recursive: true); }
    }

    [Fact]
    public void AnUnreachableStoreFailsWithExitCode3AndSaysNothingWasSent()
    {
        var dir = Directory.CreateTempSubdirectory("graph-cli-push-").FullName;
        try
        {
            var exit = CliRunner.Run(out var stdout, out var stderr, "push", Samples, "--out", dir, "--endpoint", $"http://127.0.0.1:{ClosedPort()}/sparql",
                "--retries", "1", "--quiet");
            Assert.Equal(3, exit);
            Assert.Contains("push failed at https://example.org/graph/graph/dataset", stderr, StringComparison.Ordinal);
            Assert.Contains("0 graph(s) sent", stderr, StringComparison.Ordinal);
            Assert.Contains("  not sent https://example.org/graph/graph/shared", stderr, StringComparison.Ordinal);
            Assert.False(File.Exists(Path.Combine(dir, "push-state.json")));
        }
        finally { Directory.Delete(dir, recursive: true); }
    }

    [Fact]
    public void APasswordVariableThatIsNotSetIsAUsageError()
    {
        var exit = CliRunner.Run(out _, out var stderr, "push", Samples, "--endpoint", "http://127.0.0.1:9/sparql", "--user", "u",
            "--password-env", "GRAPH_TEST_NO_SUCH_VARIABLE", "--dry-run");
        Assert.Equal(2, exit);
        Assert.Contains("GRAPH_TEST_NO_SUCH_VARIABLE is not set", stderr, StringComparison.Ordinal);
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
