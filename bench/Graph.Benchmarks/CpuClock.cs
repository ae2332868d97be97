using System.Diagnostics;

namespace Graph.Benchmarks;

/// <summary>Wall time and this process's CPU time (all threads) of one action: on a shared machine CPU time is steadier.</summary>
internal static class CpuClock
{
    public static (double Wall, double Cpu) Measure(Action action)
    {
        using var self = Process.GetCurrentProcess();
        var cpu = self.TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        action();
        var wall = watch.Elapsed.TotalSeconds;
        self.Refresh();
        return (wall, (self.TotalProcessorTime - cpu).TotalSeconds);
    }
}
