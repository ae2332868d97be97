using BenchmarkDotNet.Attributes;
using Graph.Bench.DataGen;
using Graph.Core.Terms;
using Graph.Store;

namespace Graph.Benchmarks;

/// <summary>
/// Loading quads already in memory (parsing excluded) into a fresh <see cref="QuadStore"/>: dictionary encoding,
/// sorting and building the indexes.
/// </summary>
[MemoryDiagnoser]
public class StoreLoadBenchmark
{
    private Quad[] _quads = [];

    [Params(100_000, 1_000_000)]
    public int Triples { get; set; }

    [GlobalSetup]
    public void Setup() => _quads = [.. new SyntheticGraph(Triples).Generate()];

    [Benchmark]
    public int Load() => new QuadStore().Load(_quads);
}
