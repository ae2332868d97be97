using System.Runtime;

namespace Graph.Cli;

/// <summary>
/// Keeps the garbage collector out of the phases after the reader (<see cref="GC.TryStartNoGCRegion(long, bool)"/>).
/// By then the note model (≈ 150 MB and a million objects on the 20,000-note vault) has been promoted, and the
/// 100–400 MB that mapping and the writers allocate cross the older generations' budget: the next full collection
/// marks and compacts the whole model to free almost nothing, since nearly everything made after the reader lives
/// until the files are written and the process exits (0.3–0.7 s of pause on 2 cores). Inside the region every
/// allocation comes from memory reserved up front. When the phases allocate more than reserved, the runtime ends the
/// region by itself and collects as it would have anyway, so the estimate only decides how much is saved.
/// </summary>
internal sealed class QuietHeap : IDisposable
{
    private readonly bool _started;

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

    /// <summary>Ends the region (if the runtime has not ended it already), so later phases collect as usual.</summary>
    public void Dispose()
    {
        if (!_started || GCSettings.LatencyMode != GCLatencyMode.NoGCRegion) return;
        try { GC.EndNoGCRegion(); }
        catch (InvalidOperationException) { } // the region was ended by a collection in the meantime: nothing to end
    }
}
