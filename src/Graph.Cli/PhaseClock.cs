using System.Diagnostics;
using System.Globalization;

namespace Graph.Cli;

/// <summary>
/// Times the phases of a command for <c>--verbose</c>: wall time, process CPU time (all threads), bytes allocated and
/// GC pause of each, and the heap after the last collection (what stays alive makes every full collection dearer), so a
/// slow conversion says where its time goes (bench/README.md, the converter section).
/// </summary>
internal sealed class PhaseClock(TextWriter? output)
{
    private readonly Stopwatch _wall = Stopwatch.StartNew();
    private readonly Process _process = Process.GetCurrentProcess();
    private TimeSpan _cpu = Process.GetCurrentProcess().TotalProcessorTime;
    private long _allocated = GC.GetTotalAllocatedBytes();
    private TimeSpan _pause = GC.GetTotalPauseDuration();
    private TimeSpan _last;
    private int[] _collections = Collections();

    // A gen2 collection counts as a gen1 and a gen0 one too.
    private static int[] Collections() => [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)];

    /// <summary>Ends the current phase and prints it (nothing when there is no output).</summary>
    public void Lap(string phase)
    {
        if (output is null) return;
        var wall = _wall.Elapsed;
        _process.Refresh();
        var cpu = _process.TotalProcessorTime;
        var allocated = GC.GetTotalAllocatedBytes();
        var pause = GC.GetTotalPauseDuration();
        var collections = Collections();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {phase,-22} {(wall - _last).TotalSeconds,6:0.00} s wall {(cpu - _cpu).TotalSeconds,6:0.00} s cpu {(allocated - _allocated) / 1e6,7:0} MB allocated {(pause - _pause).TotalSeconds,5:0.00} s GC pause"
            + $" ({collections[0] - _collections[0]}/{collections[1] - _collections[1]}/{collections[2] - _collections[2]} gen0/1/2 collections)"
            + $" {GC.GetGCMemoryInfo().HeapSizeBytes / 1e6,5:0} MB heap"));
        (_last, _cpu, _allocated, _pause, _collections) = (wall, cpu, allocated, pause, collections);
    }
}
