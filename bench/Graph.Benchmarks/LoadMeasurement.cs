using System.Diagnostics;
using Graph.Bench.DataGen;
using Graph.Core.Terms;
using Graph.IO;
using Graph.Store;

namespace Graph.Benchmarks;

/// <summary>
/// One-shot measurement of a whole load in a fresh process: wall time and peak working set (VmHWM), which
/// BenchmarkDotNet does not report. Sources: the synthetic generator streamed (no file, no parser), or the
/// "distinct" worst case where every triple brings a new subject and a new object (2 new terms per triple).
/// </summary>
internal static class LoadMeasurement
{
    public static int Run(string source, int triples)
    {
        if (File.Exists(source)) return RunFile(source);
        IEnumerable<Quad> quads = source switch
        {
            "synthetic" => new SyntheticGraph(triples).Generate(),
            "distinct" => Distinct(triples),
            _ => throw new ArgumentException($"unknown source {source} (synthetic | distinct)"),
        };
        // The generator's own cost, measured separately so that the store's share can be read off.
        var watch = Stopwatch.StartNew();
        if (Environment.GetEnvironmentVariable("GRAPH_BENCH_GENERATE_ONLY") == "1")
        {
            var n = quads.Count();
            Console.WriteLine($"generate only: {n:N0} quads in {watch.Elapsed.TotalSeconds:F2} s (cpu {Cpu():F2} s), peak {Peak()} MB");
            return 0;
        }
        var store = new QuadStore();
        if (Environment.GetEnvironmentVariable("GRAPH_BENCH_PHASES") == "1")
        {
            // Encoding (dictionary) and indexing (sort + merge) timed apart, through the public id-level API.
            var generated = quads.ToList();
            var start = Cpu();
            var ids = new List<QuadIds>(triples);
            foreach (var q in generated) ids.Add(store.Encode(q));
            var encoded = Cpu();
            Console.WriteLine($"phases: generate cpu {start:F2} s, encode cpu {encoded - start:F2} s");
            var best = double.MaxValue;
            for (var round = 0; round < 5; round++)
            {
                var t0 = Cpu();
                foreach (var q in generated) store.Encode(q);
                best = Math.Min(best, Cpu() - t0);
            }
            Console.WriteLine($"phases: encode again (all terms known), best of 5: cpu {best:F2} s");
            encoded = Cpu();
            store.Load(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(ids));
            Console.WriteLine($"phases: index cpu {Cpu() - encoded:F2} s");
            return 0;
        }
        var added = store.Load(quads);
        var elapsed = watch.Elapsed;
        Console.WriteLine($"{source}: loaded {added:N0} quads, {store.Dictionary.Count:N0} terms in {elapsed.TotalSeconds:F2} s (cpu {Cpu():F2} s); " +
                          $"peak working set {Peak()} MB; managed heap after load {GC.GetTotalMemory(false) / 1_000_000} MB; " +
                          $"dictionary ≈ {store.Dictionary.MemoryBytes / 1_000_000} MB; gen0/1/2 = {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}");
        GC.KeepAlive(store);
        return 0;
    }

    // Parse and load a file in one streaming pass (reader → sink → bulk load), as `graph query --data FILE` will.
    private static int RunFile(string path)
    {
        var format = RdfFormat.FromPath(path) ?? throw new ArgumentException($"unknown RDF extension: {path}");
        var watch = Stopwatch.StartNew();
        if (Environment.GetEnvironmentVariable("GRAPH_BENCH_PARSE_ONLY") == "1")
        {
            var counter = new QuadCounter();
            using (var raw = File.OpenRead(path))
                RdfSyntaxes.CreateReader(format).Read(raw, counter, new RdfReaderOptions { FileName = path });
            Console.WriteLine($"parse only: {counter.Count:N0} quads in {watch.Elapsed.TotalSeconds:F2} s (cpu {Cpu():F2} s), peak {Peak()} MB");
            return 0;
        }
        var store = new QuadStore();
        var load = store.BeginBulkLoad();
        using (var input = File.OpenRead(path))
            RdfSyntaxes.CreateReader(format).Read(input, new StoreSink(load), new RdfReaderOptions { FileName = path });
        var parsed = Cpu();
        var added = load.Commit();
        var elapsed = watch.Elapsed;
        Console.WriteLine($"{Path.GetFileName(path)}: loaded {added:N0} quads, {store.Dictionary.Count:N0} terms in {elapsed.TotalSeconds:F2} s " +
                          $"(cpu {Cpu():F2} s, of which parse+encode {parsed:F2} s); peak working set {Peak()} MB; " +
                          $"gen0/1/2 = {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}");
        GC.KeepAlive(store);
        return 0;
    }

    // Wall time is unreliable on a shared machine; process CPU time (all threads, GC included) is steadier.
    private static double Cpu()
    {
        using var self = Process.GetCurrentProcess();
        return self.TotalProcessorTime.TotalSeconds;
    }

    private static long Peak()
    {
        using var self = Process.GetCurrentProcess();
        self.Refresh();
        return self.PeakWorkingSet64 / 1_000_000;
    }

    private static IEnumerable<Quad> Distinct(int triples)
    {
        var p = new Iri("http://example.org/vocab#value");
        for (var i = 0; i < triples; i++)
            yield return new Quad(new Iri($"http://example.org/item/{i}"), p, Literal.String($"value number {i} ça"));
    }
}
