using System.Globalization;
using BenchmarkDotNet.Running;
using Graph.Benchmarks;

// dotnet run -c Release --project bench/Graph.Benchmarks -- [BenchmarkDotNet arguments, e.g. --filter *Load*]
// dotnet run -c Release --project bench/Graph.Benchmarks -- measure-load [synthetic|distinct|FILE] [TRIPLES]
// dotnet run -c Release --project bench/Graph.Benchmarks -- measure-rdfxml [TRIPLES]
// dotnet run -c Release --project bench/Graph.Benchmarks -- measure-queries DATA QUERY.rq...
// dotnet run -c Release --project bench/Graph.Benchmarks -- measure-writers FILE [nt ttl jsonld ...]
if (args.Length > 2 && args[0] == "measure-queries")
    return QueryMeasurement.Run(args[1], args[2..]);
if (args.Length > 1 && args[0] == "measure-writers")
    return WriterMeasurement.Run(args[1], args.Length > 2 ? args[2..] : ["nt", "ttl", "jsonld"]);
if (args.Length > 0 && args[0] == "measure-rdfxml")
    return RdfXmlMeasurement.Run(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1_000_000);
if (args.Length > 0 && args[0] == "measure-load")
{
    return LoadMeasurement.Run(
        args.Length > 1 ? args[1] : "synthetic",
        args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 1_000_000);
}
BenchmarkSwitcher.FromAssembly(typeof(StoreLoadBenchmark).Assembly).Run(args);
return 0;
