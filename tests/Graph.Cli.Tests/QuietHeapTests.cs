using System.Runtime;
using Graph.Testing;

namespace Graph.Cli.Tests;

/// <summary>
/// <c>graph convert</c> runs without garbage collection from the read to the publication files (<see cref="QuietHeap"/>):
/// the region must end with the command, or an in-process host would never collect again. Every check holds the
/// console lock, which every in-process command takes, so no other test's command starts a region meanwhile.
/// </summary>
public class QuietHeapTests
{
    [Fact]
    public void Convert_leaves_the_garbage_collector_as_it_found_it()
    {
        var dir = Directory.CreateTempSubdirectory("graph-quiet-").FullName;
        try
        {
            lock (CliRunner.ConsoleLock)
            {
                var exit = CliRunner.Run(out var stdout, out var stderr, "convert", Path.Combine(SharedData.RepositoryRoot, "samples"), "--out", dir, "--quiet");
                Assert.True(exit == 0, stderr + stdout);
                Assert.NotEqual(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
            }
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void A_region_ends_on_dispose_once_and_nothing_is_started_for_nothing_or_too_much()
    {
        lock (CliRunner.ConsoleLock)
        {
            using (var none = QuietHeap.Start(0)) Assert.False(none.IsActive);
            using (var huge = QuietHeap.Start(long.MaxValue / 2)) Assert.False(huge.IsActive);

            var region = QuietHeap.Start(64L << 20);
            Assert.Equal(region.IsActive, GCSettings.LatencyMode == GCLatencyMode.NoGCRegion);
            region.Dispose();
            Assert.False(region.IsActive);
            Assert.NotEqual(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
            region.Dispose(); // a second time: nothing to end, no exception
        }
    }
}
