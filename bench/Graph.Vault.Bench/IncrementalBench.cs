using System.Diagnostics;
using System.Globalization;
using Graph.Mapping;
using Graph.Mapping.Configuration;
using Graph.Store;
using Graph.Vault;

/// <summary>
/// <c>graph serve --watch</c>'s reload after one edited note: a full reload (read every note, map, load the store) against
/// an incremental one (<see cref="IncrementalVaultReader"/> parses only the edited note, then the same cross-note passes,
/// mapping and store load). Works on a copy of the vault, since it edits notes.
/// Usage: dotnet run -c Release -- incremental VAULT [COPIES]
/// </summary>
internal static class IncrementalBench
{
    public static void Run(string source, int copies)
    {
        var vault = Path.Combine(Path.GetTempPath(), "graph-vault-bench-incremental");
        if (Directory.Exists(vault)) Directory.Delete(vault, recursive: true);
        foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(source, file);
            var isNote = relative.EndsWith(".md", StringComparison.Ordinal);
            for (var c = 0; c < (isNote && copies > 0 ? copies : 1); c++)
            {
                var target = Path.Combine(vault, isNote && copies > 0 ? $"c{c}" : "", relative);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }
        }
        var notes = Directory.GetFiles(vault, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray();
        var readerOptions = VaultReaderOptions.Default with { SiteTitles = MappingConfiguration.Default.SiteTitles };
        var options = new MappingOptions();
        Console.WriteLine($"{notes.Length} notes in {vault}");

        for (var round = 0; round < 3; round++)
            Measure("full reload       ", () => VaultReader.Read(vault, readerOptions), options);

        var incremental = new IncrementalVaultReader(vault, readerOptions);
        Measure("first incremental ", () => incremental.Read(), options);
        for (var round = 0; round < 3; round++)
        {
            var edited = notes[(round * 7919) % notes.Length];
            File.AppendAllText(edited, $"\nAjout {round} : voir [[Programme 2022]].\n");
            var relative = Path.GetRelativePath(vault, edited).Replace('\\', '/');
            Measure("incremental, 1 edit", () => incremental.Read([relative]), options);
            if (incremental.LastParsed != 1) throw new InvalidOperationException($"expected one note parsed, got {incremental.LastParsed}");
        }
    }

    private static void Measure(string label, Func<Graph.Vault.Model.VaultModel> read, MappingOptions options)
    {
        var process = Process.GetCurrentProcess();
        GC.Collect();
        process.Refresh();
        var cpu0 = process.TotalProcessorTime;
        var sw = Stopwatch.StartNew();
        var model = read();
        var readWall = sw.Elapsed.TotalSeconds;
        process.Refresh();
        var cpu1 = process.TotalProcessorTime;
        var conversion = VaultConverter.Convert(model, options);
        var mapWall = sw.Elapsed.TotalSeconds - readWall;
        process.Refresh();
        var cpu2 = process.TotalProcessorTime;
        var store = new QuadStore();
        store.Load(conversion.Quads);
        var totalWall = sw.Elapsed.TotalSeconds;
        process.Refresh();
        var cpu3 = process.TotalProcessorTime;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{label} | read {(cpu1 - cpu0).TotalSeconds:F2}s cpu ({readWall:F2}s wall) | map {(cpu2 - cpu1).TotalSeconds:F2}s cpu ({mapWall:F2}s wall)"
            + $" | store {(cpu3 - cpu2).TotalSeconds:F2}s cpu | total {(cpu3 - cpu0).TotalSeconds:F2}s cpu, {totalWall:F2}s wall | {store.Count} quads"));
    }
}
