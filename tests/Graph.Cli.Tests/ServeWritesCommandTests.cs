using Graph.Testing;

namespace Graph.Cli.Tests;

/// <summary>
/// <c>graph serve --allow-writes</c> and <c>graph push --token-env</c> on the command line: the combinations refused
/// before anything is served (exit code 2, with the reason). The serving itself is tested in Graph.Server.Tests.
/// </summary>
public sealed class ServeWritesCommandTests
{
    private static string Samples => Path.Combine(SharedData.RepositoryRoot, "samples");

    private static string Refused(params string[] args)
    {
        var exit = CliRunner.Run(out var stdout, out var stderr, args);
        Assert.True(exit == 2, $"exit {exit}\n{stdout}\n{stderr}");
        return stderr;
    }

    [Fact]
    public void AllowWrites_WithoutACredential_IsRefused()
    {
        var message = Refused("serve", "--data", "x.nq", "--allow-writes");
        Assert.Contains("--allow-writes needs a credential", message, StringComparison.Ordinal);
        Assert.Contains("--token-env", message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnsetSecretVariable_IsRefused()
    {
        var message = Refused("serve", "--data", "x.nq", "--allow-writes", "--token-env", "GRAPH_TEST_SURELY_UNSET_" + Guid.NewGuid().ToString("N"));
        Assert.Contains("is not set", message, StringComparison.Ordinal);
        Assert.Contains("go together", Refused("serve", "--data", "x.nq", "--allow-writes", "--user", "editor"), StringComparison.Ordinal);
    }

    [Fact]
    public void WriteOptions_WithoutAllowWrites_AreRefused() =>
        Assert.Contains("only apply with --allow-writes", Refused("serve", "--data", "x.nq", "--token-env", "T"), StringComparison.Ordinal);

    [Fact]
    public void Writes_WithWatch_OrAVaultWithoutPersist_AreRefused()
    {
        var variable = "GRAPH_TEST_TOKEN_" + Guid.NewGuid().ToString("N");
        Environment.SetEnvironmentVariable(variable, "secret");
        try
        {
            Assert.Contains("cannot be combined with --watch", Refused("serve", "--data", "x.nq", "--allow-writes", "--token-env", variable, "--watch"), StringComparison.Ordinal);
            Assert.Contains("needs --persist FILE", Refused("serve", Samples, "--allow-writes", "--token-env", variable), StringComparison.Ordinal);
            Assert.Contains("cannot tell the syntax", Refused("serve", Samples, "--allow-writes", "--token-env", variable, "--persist", "out.data"), StringComparison.Ordinal);
            // An existing file that is not beside a served file would be overwritten.
            var folder = Directory.CreateTempSubdirectory("graph-cli-persist-").FullName;
            try
            {
                var existing = Path.Combine(folder, "precious.nq");
                File.WriteAllText(existing, "");
                Assert.Contains("would be overwritten", Refused("serve", Samples, "--allow-writes", "--token-env", variable, "--persist", existing), StringComparison.Ordinal);
            }
            finally { Directory.Delete(folder, recursive: true); }
        }
        finally { Environment.SetEnvironmentVariable(variable, null); }
    }

    [Fact]
    public void Push_TakesATokenOrAUser_NotBoth()
    {
        var variable = "GRAPH_TEST_TOKEN_" + Guid.NewGuid().ToString("N");
        Environment.SetEnvironmentVariable(variable, "secret");
        try
        {
            Assert.Contains("give one", Refused("push", Samples, "--endpoint", "http://127.0.0.1:9/update", "--token-env", variable, "--user", "u", "--dry-run"), StringComparison.Ordinal);
        }
        finally { Environment.SetEnvironmentVariable(variable, null); }
    }
}
