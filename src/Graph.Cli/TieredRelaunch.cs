using System.Diagnostics;
using System.Reflection;
using System.Runtime.InteropServices;

namespace Graph.Cli;

/// <summary>
/// Starts <c>graph serve</c> again as a child process with tiered compilation on. One-shot commands run with tiering
/// off (Graph.Cli.csproj: the JIT's tiers cost more than they save in a one-second run), but a server runs for hours,
/// where re-optimised code with dynamic PGO answers 2–3× more requests (bench/serve). The runtime reads the setting
/// once at start-up, hence a second process; an explicit <c>DOTNET_TieredCompilation</c> is respected as it is.
/// </summary>
internal static class TieredRelaunch
{
    private const string Variable = "DOTNET_TieredCompilation";

    /// <summary>The child's exit code, or null when this process should serve itself.</summary>
    public static int? Run()
    {
        // Only the real executable relaunches: in-process hosts (tests) and an explicit setting keep this process.
        if (Environment.GetEnvironmentVariable(Variable) is not null) return null;
        if (Assembly.GetEntryAssembly()?.GetName().Name != "graph" || Environment.ProcessPath is not { } self) return null;
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS()) return null;

        var start = new ProcessStartInfo(self) { UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(self) == "dotnet") start.ArgumentList.Add(Assembly.GetEntryAssembly()!.Location);
        foreach (var arg in Environment.GetCommandLineArgs().Skip(1)) start.ArgumentList.Add(arg);
        start.Environment[Variable] = "1";
        using var child = Process.Start(start);
        if (child is null) return null;

        // Ctrl+C reaches the whole process group, so the child stops by itself; a signal sent to this process alone
        // (kill, a service manager) is passed on so the child shuts down gracefully, then this process exits with it.
        void Forward(PosixSignalContext context)
        {
            context.Cancel = true;
            if (!child.HasExited) Signal(child.Id, context.Signal == PosixSignal.SIGINT ? "INT" : "TERM");
        }
        using var term = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Forward);
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Forward);
        using var quit = PosixSignalRegistration.Create(PosixSignal.SIGQUIT, Forward);
        child.WaitForExit();
        return child.ExitCode;
    }

    // .NET can only SIGKILL another process; kill(1) sends the signal that lets the child finish its requests.
    private static void Signal(int pid, string signal)
    {
        try { using var kill = Process.Start("kill", ["-" + signal, pid.ToString(System.Globalization.CultureInfo.InvariantCulture)]); kill?.WaitForExit(); }
        catch (System.ComponentModel.Win32Exception) { } // no kill(1): Ctrl+C still reaches the child through its group
    }
}
