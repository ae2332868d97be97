using System.Diagnostics;
using Graph.Vault;
using Markdig;

// Converter speed on a large vault: VaultReader.Read (all three passes) against Markdig alone parsing the same files
// with the same extensions, in parallel. Wall time and process CPU time are both printed: on a shared machine CPU time
// is the fair comparison. Usage: dotnet run -c Release -- VAULT [COPIES]   (COPIES > 0 first replicates VAULT into /tmp).
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
var pipeline = new MarkdownPipelineBuilder().UseFootnotes().UsePipeTables().UseAutoLinks().UsePreciseSourceLocation().Build();
var process = Process.GetCurrentProcess();
for (var round = 0; round < 3; round++)
{
    var alloc0 = GC.GetTotalAllocatedBytes(precise: true);
    var cpu0 = process.TotalProcessorTime;
    var sw = Stopwatch.StartNew();
    var model = VaultReader.Read(vault);
    var readerWall = sw.Elapsed.TotalSeconds;
    process.Refresh();
    var cpu1 = process.TotalProcessorTime;
    var alloc1 = GC.GetTotalAllocatedBytes(precise: true);
    sw.Restart();
    Parallel.ForEach(files, f => Markdown.Parse(File.ReadAllText(f), pipeline));
    var markdigWall = sw.Elapsed.TotalSeconds;
    process.Refresh();
    var cpu2 = process.TotalProcessorTime;
    var alloc2 = GC.GetTotalAllocatedBytes(precise: true);
    var readerCpu = (cpu1 - cpu0).TotalSeconds;
    var markdigCpu = (cpu2 - cpu1).TotalSeconds;
    Console.WriteLine($"{model.Notes.Count} notes | reader {readerWall:F2}s wall ({model.Notes.Count / readerWall:F0} notes/s), {readerCpu:F2}s cpu, {(alloc1 - alloc0) / 1e6:F0} MB allocated"
        + $" | markdig alone {markdigWall:F2}s wall ({files.Length / markdigWall:F0} notes/s), {markdigCpu:F2}s cpu, {(alloc2 - alloc1) / 1e6:F0} MB allocated"
        + $" | ratio wall {readerWall / markdigWall:F2}, cpu {readerCpu / markdigCpu:F2} | GC pause {GC.GetTotalPauseDuration().TotalSeconds:F1}s");
}
