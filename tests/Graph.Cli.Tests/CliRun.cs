namespace Graph.Cli.Tests;

/// <summary>Runs the <c>graph</c> command in-process with Console.Out and Console.Error captured.</summary>
internal static class CliRun
{
    private static readonly Lock Gate = new();

    public static (int Exit, string Out, string Err) Run(params string[] args)
    {
        // Console redirection is process-wide: one run at a time.
        lock (Gate)
        {
            var (oldOut, oldErr) = (Console.Out, Console.Error);
            using var stdout = new StringWriter { NewLine = "\n" };
            using var stderr = new StringWriter { NewLine = "\n" };
            Console.SetOut(stdout);
            Console.SetError(stderr);
            try
            {
                var exit = GraphCommand.Run(args);
                return (exit, stdout.ToString(), stderr.ToString());
            }
            finally
            {
                Console.SetOut(oldOut);
                Console.SetError(oldErr);
            }
        }
    }

    public static string Data(string name) => Path.Combine(Graph.Testing.SharedData.RepositoryRoot, "tests", "data", "query", name);
}
