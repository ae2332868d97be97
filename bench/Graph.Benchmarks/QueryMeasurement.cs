using System.Diagnostics;
using System.Globalization;
using Graph.IO;
using Graph.Sparql.Engine;
using Graph.Sparql.Syntax;
using Graph.Store;

namespace Graph.Benchmarks;

/// <summary>
/// Warm per-query timings over one loaded store, the same protocol as bench/peers/oxigraph-queries.mjs and
/// bench/peers/JenaQueries.java so the three engines are compared like for like: load once, run each query
/// <c>warmup</c> times untimed, then <c>runs</c> times, and print the best and median wall time (parse + plan + evaluate
/// + materialise every row) as tab-separated lines: engine, query, best ms, median ms, rows.
/// </summary>
internal static class QueryMeasurement
{
    public static int Run(string dataPath, IReadOnlyList<string> queryPaths, int warmup = 3, int runs = 20)
    {
        var format = RdfFormat.FromPath(dataPath) ?? throw new ArgumentException($"unknown syntax: {dataPath}");
        var store = new QuadStore();
        var load = store.BeginBulkLoad();
        var watch = Stopwatch.StartNew();
        using (var input = File.OpenRead(dataPath))
            RdfSyntaxes.CreateReader(format).Read(input, new StoreSink(load), new RdfReaderOptions { FileName = dataPath });
        load.Commit();
        Console.Error.WriteLine($"graph: loaded {store.Count:N0} quads in {watch.Elapsed.TotalSeconds:F2} s");

        foreach (var path in queryPaths)
        {
            var text = File.ReadAllText(path);
            var times = new double[runs];
            var rows = 0;
            for (var i = -warmup; i < runs; i++)
            {
                var start = Stopwatch.GetTimestamp();
                var result = QueryEngine.Execute(SparqlParser.ParseQuery(text), store);
                rows = result.Rows.Count + result.Triples.Count + (result.Boolean ? 1 : 0);
                if (i >= 0) times[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            }
            Array.Sort(times);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"graph\t{Path.GetFileNameWithoutExtension(path)}\t{times[0]:F2}\t{times[runs / 2]:F2}\t{rows}"));
        }
        return 0;
    }
}
