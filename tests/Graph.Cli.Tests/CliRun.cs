namespace Graph.Cli.Tests;

/// <summary>Tuple-returning shorthand over <see cref="CliRunner"/> (which owns the one process-wide console lock).</summary>
internal static class CliRun
{
    public static (int Exit, string Out, string Err) Run(params string[] args)
    {
        var exit = CliRunner.Run(out var stdout, out var stderr, args);
        return (exit, stdout, stderr);
    }

    public static string Data(string name) => Path.Combine(Graph.Testing.SharedData.RepositoryRoot, "tests", "data", "query", name);
}
