using System.Diagnostics;
using System.Globalization;
using System.Text;
using Graph.Bench.DataGen;
using Graph.Core.Terms;

// graph-datagen [--triples N | --bsbm PRODUCTS] [--seed S] [-o FILE]   (defaults: 1,000,000 triples, bench/data/synthetic-1M.nt)
var triples = 1_000_000;
int? bsbm = null;
var seed = 20240229;
string? output = null;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--triples" or "-n": triples = ParseCount(args[++i]); break;
        case "--bsbm": bsbm = ParseCount(args[++i]); break;
        case "--seed": seed = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "-o" or "--output": output = args[++i]; break;
        case "-h" or "--help":
            Console.WriteLine("graph-datagen [--triples N (1000000; k/M suffixes) | --bsbm PRODUCTS (BSBM-shaped, ~310 triples each)] [--seed S] [-o FILE (default bench/data/synthetic-<N>.nt)]");
            return 0;
        default:
            Console.Error.WriteLine($"unknown argument: {args[i]} (try --help)");
            return 2;
    }
}
output ??= Path.Combine(FindBenchData(), bsbm is { } p ? $"bsbm-{Label(p)}.nt" : $"synthetic-{Label(triples)}.nt");
Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
var watch = Stopwatch.StartNew();
using (var stream = new FileStream(output, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
using (var writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16))
{
    var line = new StringBuilder();
    var quads = bsbm is { } productCount ? new BsbmGraph(productCount, seed).Generate() : new SyntheticGraph(triples, seed).Generate();
    triples = 0;
    foreach (var quad in quads)
    {
        triples++;
        line.Clear();
        NTriplesFormatter.Append(line, quad);
        writer.Write(line.Append('\n'));
    }
}
Console.WriteLine($"{output}: {triples:N0} triples, {new FileInfo(output).Length / 1e6:F1} MB in {watch.Elapsed.TotalSeconds:F1} s");
return 0;

static int ParseCount(string s) => s[^1] switch
{
    'k' or 'K' => int.Parse(s[..^1], CultureInfo.InvariantCulture) * 1_000,
    'm' or 'M' => int.Parse(s[..^1], CultureInfo.InvariantCulture) * 1_000_000,
    _ => int.Parse(s, CultureInfo.InvariantCulture),
};

static string Label(int n) => n % 1_000_000 == 0 ? $"{n / 1_000_000}M" : n % 1_000 == 0 ? $"{n / 1_000}k" : n.ToString(CultureInfo.InvariantCulture);

// bench/data beside this project, found from the current directory upwards (falls back to ./bench/data).
static string FindBenchData()
{
    for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        if (File.Exists(Path.Combine(dir.FullName, "Graph.sln"))) return Path.Combine(dir.FullName, "bench", "data");
    return Path.Combine("bench", "data");
}
