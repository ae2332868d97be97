using System.Diagnostics;
using Graph.Vault;
using Markdig;

// Converter speed on a large vault: VaultReader.Read (all three passes) against Markdig alone parsing the same files
// with the same extensions, first on every core, then on one thread. Wall time and process CPU time are both printed:
// on a shared machine CPU time is the fair comparison. Usage: dotnet run -c Release -- VAULT [COPIES]   (COPIES > 0 first replicates VAULT into /tmp).
// `-- incremental VAULT [COPIES]`: full reload against incremental reload after one edit (IncrementalBench).
if (args is ["incremental", .. var rest])
{
    IncrementalBench.Run(rest.Length > 0 ? rest[0] : "../shared/corpus/museumxtd",
        rest.Length > 1 ? int.Parse(rest[1], System.Globalization.CultureInfo.InvariantCulture) : 0);
    return;
}
var source = args.Length > 0 ? args[0] : "../shared/corpus/museumxtd";
var copies = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 0;
var vault = source;
if (copies > 0)
{
    vault = Path.Combine(Path.GetTempPath(), "graph-vault-bench");
    if (Directory.Exists(vault)) Directory.Delete(vault, recursive: true);
    foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
    {
        var relative = Path.GetRelativePath(source, file);
        for (var c = 0; c < (relative.EndsWith(".md", StringComparison.Ordinal) ? copies : 1); c++)
        {
            var target = Path.Combine(vault, relative.EndsWith(".md", StringComparison.Ordinal) ? $"c{c}" : "", relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
var files = Directory.GetFiles(vault, "*.md", SearchOption.AllDirectories);
var process = Process.GetCurrentProcess();
// Parallel (the converter's way, every core) and single-threaded (the fair CPU ratio: no idle or spinning threads on
// either side); GC counts say how much of the difference is collection.
// GRAPH_BENCH_THREADS=1 runs only the given thread count (e.g. the one-thread ratio while iterating), GRAPH_BENCH_ROUNDS=5 that many rounds.
var threadCounts = Environment.GetEnvironmentVariable("GRAPH_BENCH_THREADS") is { Length: > 0 } only
    ? [int.Parse(only, System.Globalization.CultureInfo.InvariantCulture)]
    : new[] { Environment.ProcessorCount, 1 };
var rounds = Environment.GetEnvironmentVariable("GRAPH_BENCH_ROUNDS") is { Length: > 0 } r ? int.Parse(r, System.Globalization.CultureInfo.InvariantCulture) : 3;
foreach (var threads in threadCounts)
{
    var options = VaultReaderOptions.Default with { MaxDegreeOfParallelism = threads };
    var parallel = new ParallelOptions { MaxDegreeOfParallelism = threads };
    for (var round = 0; round < rounds; round++)
    {
        var gc0 = Collections();
        var pause0 = GC.GetTotalPauseDuration();
        var alloc0 = GC.GetTotalAllocatedBytes(precise: true);
        process.Refresh();
        var cpu0 = process.TotalProcessorTime;
        var sw = Stopwatch.StartNew();
        var model = VaultReader.Read(vault, options);
        var readerWall = sw.Elapsed.TotalSeconds;
        process.Refresh();
        var cpu1 = process.TotalProcessorTime;
        var alloc1 = GC.GetTotalAllocatedBytes(precise: true);
        var gc1 = Collections();
        var pause1 = GC.GetTotalPauseDuration();
        // What the model keeps alive (each gen1/gen2 collection during the read marks or copies it); measured after the
        // figures above, so the forced collection costs neither side.
        var retained = GC.GetTotalMemory(forceFullCollection: true);
        // Markdig runs with the model already dropped, so its collections do not mark the reader's notes.
        var notes = model.Notes.Count;
        var warnings = model.Diagnostics.Count;
        model = null;
        GC.Collect();
        process.Refresh();
        var cpuM = process.TotalProcessorTime;
        var allocM = GC.GetTotalAllocatedBytes(precise: true);
        var gcM = Collections();
        var pauseM = GC.GetTotalPauseDuration();
        sw.Restart();
        // The reader's own pipelines (same extensions and options, chosen per note as the reader chooses) without its
        // wikilink parser: Markdig alone.
        Parallel.ForEach(files, parallel, f =>
        {
            var text = File.ReadAllText(f);
            Markdown.Parse(text, Graph.Vault.Markdown.VaultMarkdown.BaselineFor(text));
        });
        var markdigWall = sw.Elapsed.TotalSeconds;
        process.Refresh();
        var cpu2 = process.TotalProcessorTime;
        var alloc2 = GC.GetTotalAllocatedBytes(precise: true);
        var gc2 = Collections();
        var pause2 = GC.GetTotalPauseDuration();
        var readerCpu = (cpu1 - cpu0).TotalSeconds;
        var markdigCpu = (cpu2 - cpuM).TotalSeconds;
        Console.WriteLine($"{threads} thread(s), {notes} notes | reader {readerWall:F2}s wall ({notes / readerWall:F0} notes/s), {readerCpu:F2}s cpu, {(alloc1 - alloc0) / 1e6:F0} MB allocated, {retained / 1e6:F0} MB retained ({warnings} warnings), GCs {Gcs(gc0, gc1)} ({(pause1 - pause0).TotalSeconds:F2}s paused)"
            + $" | markdig alone {markdigWall:F2}s wall ({files.Length / markdigWall:F0} notes/s), {markdigCpu:F2}s cpu, {(alloc2 - allocM) / 1e6:F0} MB allocated, GCs {Gcs(gcM, gc2)} ({(pause2 - pauseM).TotalSeconds:F2}s paused)"
            + $" | ratio wall {readerWall / markdigWall:F2}, cpu {readerCpu / markdigCpu:F2}");
    }
}

static int[] Collections() => [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)];

// Gen0/gen1/gen2 collections between two counts (a gen2 collection also counts as gen1 and gen0).
static string Gcs(int[] before, int[] after) => $"{after[0] - before[0]}/{after[1] - before[1]}/{after[2] - before[2]}";
