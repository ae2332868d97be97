using Graph.IO;

namespace Graph.Benchmarks;

/// <summary>
/// Writer speed alone, in MB of output: the statements of FILE are read into memory once (as a writer fed from the
/// store gets them), then each syntax is written to a temporary file three times. Complements
/// <c>graph rdf FILE -o OUT</c>, which times the whole process (reading included) against the bytes of the input.
/// </summary>
internal static class WriterMeasurement
{
    public static int Run(string file, IReadOnlyList<string> formats)
    {
        var quads = new QuadList();
        using (var input = File.OpenRead(file))
            RdfSyntaxes.CreateReader(RdfFormat.FromPath(file) ?? throw new ArgumentException($"{file}: unknown syntax")).Read(input, quads, new RdfReaderOptions { FileName = file });
        var path = Path.Combine(Path.GetTempPath(), $"graph-bench-writer-{Environment.ProcessId}");
        try
        {
            foreach (var name in formats)
            {
                var format = RdfFormat.Find(name) ?? throw new ArgumentException($"{name}: unknown syntax");
                for (var run = 0; run < 3; run++)
                {
                    int gen0 = GC.CollectionCount(0), gen1 = GC.CollectionCount(1), gen2 = GC.CollectionCount(2);
                    var (wall, cpu) = CpuClock.Measure(() =>
                    {
                        using var output = File.Create(path);
                        RdfSyntaxes.CreateWriter(format).Write(quads.Quads, output, new RdfWriterOptions());
                    });
                    var megabytes = new FileInfo(path).Length / 1e6;
                    Console.WriteLine($"{format.Name} write: {quads.Quads.Count:N0} statements, {megabytes:F1} MB; wall {wall:F2} s = {megabytes / wall:F0} MB/s; cpu {cpu:F2} s = {megabytes / cpu:F0} MB/s; collections {GC.CollectionCount(0) - gen0}/{GC.CollectionCount(1) - gen1}/{GC.CollectionCount(2) - gen2} (gen 0/1/2)");
                }
            }
        }
        finally
        {
            File.Delete(path);
        }
        return 0;
    }
}
