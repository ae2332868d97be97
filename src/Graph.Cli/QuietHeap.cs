using System.Runtime;

namespace Graph.Cli;

/// <summary>
/// Keeps the garbage collector out of a one-shot command's phases (<see cref="GC.TryStartNoGCRegion(long, bool)"/>)
/// where nearly everything allocated stays alive until the end: in <c>graph convert</c>, the note model until it is
/// mapped (≈ 150 MB and a million objects on the 20,000-note vault), the statements until the files are written.
/// Collections there free little and mark or copy the rest: after the reader, the first full collection marks and
/// compacts the whole model (0.3–0.7 s of pause on 2 cores, the other core idle). Inside the region every allocation
/// comes from memory reserved up front. When the phases allocate more than reserved, the runtime ends the region by
/// itself and collects as it would have anyway, so the reservation only decides how much is saved.
/// </summary>
internal sealed class QuietHeap : IDisposable
{
    private bool _started;

    private QuietHeap(bool started) => _started = started;

    /// <summary>
    /// Reserves <paramref name="bytes"/> for allocations without a collection, unless that is more than a quarter of
    /// the memory the process may use (the region's memory is committed at once: a huge vault collects as before).
    /// </summary>
    public static QuietHeap Start(long bytes)
    {
        var available = GC.GetGCMemoryInfo().TotalAvailableMemoryBytes;
        if (bytes <= 0 || bytes > available / 4 || GCSettings.LatencyMode == GCLatencyMode.NoGCRegion) return new(false);
        try
        {
            // No full blocking collection to make room either: that collection is the pause this avoids.
            return new(GC.TryStartNoGCRegion(bytes, disallowFullBlockingGC: true));
        }
        catch (ArgumentOutOfRangeException)
        {
            return new(false); // more than this runtime can reserve at once
        }
    }

    /// <summary>Whether allocations are still taken from the reserved memory (no collection has ended the region).</summary>
    public bool IsActive => _started && GCSettings.LatencyMode == GCLatencyMode.NoGCRegion;

    /// <summary>Ends the region (if the runtime has not ended it already), so later phases collect as usual; once.</summary>
    public void Dispose()
    {
        var active = IsActive;
        _started = false;
        if (!active) return;
        try { GC.EndNoGCRegion(); }
        catch (InvalidOperationException) { } // the region was ended by a collection in the meantime: nothing to end
    }
}
