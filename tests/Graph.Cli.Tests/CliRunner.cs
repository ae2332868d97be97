namespace Graph.Cli.Tests;

/// <summary>Runs the <c>graph</c> command in-process with captured standard output and error.</summary>
internal static class CliRunner
{
    private static readonly Lock s_console = new();

    /// <summary>The lock every in-process command runs under (re-entrant): held, no command runs on another thread.</summary>
    public static Lock ConsoleLock => s_console;

    public static int Run(out string stdout, out string stderr, params string[] args)
    {
        lock (s_console)
        {
            var originalOut = Console.Out;
            var originalError = Console.Error;
            using var outWriter = new StringWriter();
            using var errorWriter = new StringWriter();
            Console.SetOut(outWriter);
            Console.SetError(errorWriter);
            try
            {
                var exit = GraphCommand.Run(args);
                stdout = outWriter.ToString();
                stderr = errorWriter.ToString();
                return exit;
            }
            finally
            {
                Console.SetOut(originalOut);
                Console.SetError(originalError);
            }
        }
    }
}
