using Graph.Testing;

namespace Graph.Fuzz.Tests;

/// <summary>
/// The saved fuzz inputs: <c>fuzz/corpus/TARGET/*</c> (interesting and minimised inputs, the smoke run's seeds) and
/// <c>fuzz/regressions/TARGET/*</c> (every crash or hang the fuzzers found, after its fix), as theory rows.
/// </summary>
public static class FuzzInputs
{
    public static string FuzzFolder => Path.Combine(SharedData.RepositoryRoot, "fuzz");

    /// <summary>Rows of (folder, target, file name) for every file under fuzz/<paramref name="folder"/>/TARGET/.</summary>
    public static TheoryData<string, string, string> Files(string folder)
    {
        var rows = new TheoryData<string, string, string>();
        var root = Path.Combine(FuzzFolder, folder);
        if (!Directory.Exists(root)) return rows;
        foreach (var dir in Directory.GetDirectories(root).Order(StringComparer.Ordinal))
            foreach (var file in Directory.GetFiles(dir).Order(StringComparer.Ordinal))
                rows.Add(folder, Path.GetFileName(dir), Path.GetFileName(file));
        return rows;
    }

    public static void Replay(string folder, string target, string file)
    {
        var fuzzTarget = FuzzTargets.Create(target) ?? throw new InvalidOperationException($"fuzz/{folder}/{target}: no such target");
        fuzzTarget.Run(File.ReadAllBytes(Path.Combine(FuzzFolder, folder, target, file)));
    }
}
