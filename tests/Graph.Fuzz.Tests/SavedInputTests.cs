namespace Graph.Fuzz.Tests;

/// <summary>Replays every saved fuzz input through its target's invariants, in-process (no AFL needed).</summary>
public sealed class SavedInputTests
{
    public static TheoryData<string, string, string> Corpus => FuzzInputs.Files("corpus");

    public static TheoryData<string, string, string> Regressions => FuzzInputs.Files("regressions");

    [Theory]
    [MemberData(nameof(Corpus))]
    public void CorpusInputKeepsTheInvariants(string folder, string target, string file) => FuzzInputs.Replay(folder, target, file);

    [Theory]
    [MemberData(nameof(Regressions))]
    public void FoundCrashOrHangStaysFixed(string folder, string target, string file) => FuzzInputs.Replay(folder, target, file);

    [Fact]
    public void EveryTargetHasASavedCorpus()
    {
        foreach (var name in FuzzTargets.Names)
        {
            var dir = Path.Combine(FuzzInputs.FuzzFolder, "corpus", name);
            Assert.True(Directory.Exists(dir) && Directory.EnumerateFiles(dir).Any(), $"fuzz/corpus/{name} is empty: the smoke run needs seeds");
        }
    }

    [Fact]
    public void EveryFolderNamesATarget()
    {
        foreach (var folder in new[] { "corpus", "regressions" })
        {
            var root = Path.Combine(FuzzInputs.FuzzFolder, folder);
            if (!Directory.Exists(root)) continue;
            foreach (var dir in Directory.GetDirectories(root))
                Assert.Contains(Path.GetFileName(dir), FuzzTargets.Names);
        }
    }
}
