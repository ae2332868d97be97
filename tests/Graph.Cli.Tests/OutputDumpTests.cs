using Graph.Testing;

namespace Graph.Cli.Tests;

/// <summary>
/// The committed dumps in output/ are what <c>graph convert</c> makes of samples/: regenerating them gives
/// byte-identical files (so output/ can never drift from the converter, and the converter stays deterministic).
/// </summary>
public class OutputDumpTests
{
    [Fact]
    public void RegeneratingTheSampleVaultGivesTheCommittedDumps()
    {
        var repo = SharedData.RepositoryRoot;
        var committed = Path.Combine(repo, "output");
        var fresh = Directory.CreateTempSubdirectory("graph-output-").FullName;
        try
        {
            var exit = CliRunner.Run(out var stdout, out var stderr, "convert", Path.Combine(repo, "samples"), "--out", fresh, "--quiet");
            Assert.True(exit == 0, stderr + stdout);
            var expectedFiles = Directory.GetFiles(committed).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
            var actualFiles = Directory.GetFiles(fresh).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
            Assert.Equal(expectedFiles, actualFiles);
            foreach (var name in expectedFiles)
            {
                var expected = File.ReadAllBytes(Path.Combine(committed, name!));
                var actual = File.ReadAllBytes(Path.Combine(fresh, name!));
                Assert.True(expected.AsSpan().SequenceEqual(actual),
                    $"output/{name} differs from a fresh conversion of samples/; run `dotnet run --project src/Graph.Cli -- convert` and commit output/.");
            }
        }
        finally
        {
            Directory.Delete(fresh, recursive: true);
        }
    }
}
