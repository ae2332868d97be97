using Graph.Testing;

namespace Graph.Fuzz.Tests;

/// <summary>
/// Every W3C test input of a syntax (valid and invalid ones alike) kept to the fuzz invariants: the seeds of the long
/// fuzz runs must pass before mutations of them mean anything, and they make a broad regression test on their own.
/// </summary>
public sealed class W3cSeedTests
{
    // Target → (folder under shared/w3c, file pattern); the same inputs fuzz/seeds.sh draws its seeds from.
    private static readonly Dictionary<string, (string Folder, string Pattern)> s_suites = new()
    {
        ["ntriples"] = ("rdf-tests/rdf/rdf11/rdf-n-triples", "*.nt"),
        ["nquads"] = ("rdf-tests/rdf/rdf11/rdf-n-quads", "*.nq"),
        ["turtle"] = ("rdf-tests/rdf/rdf11/rdf-turtle", "*.ttl"),
        ["trig"] = ("rdf-tests/rdf/rdf11/rdf-trig", "*.trig"),
        ["rdfxml"] = ("rdf-tests/rdf/rdf11/rdf-xml", "*.rdf"),
        ["jsonld"] = ("json-ld-api/tests/toRdf", "*-in.jsonld"),
        ["sparql"] = ("rdf-tests/sparql", "*.rq"),
        ["sparql-eval"] = ("rdf-tests/sparql/sparql11", "*.rq"),
    };

    public static TheoryData<string> Targets => [.. s_suites.Keys];

    [Theory]
    [MemberData(nameof(Targets))]
    public void W3cInputsKeepTheInvariants(string target)
    {
        var (folder, pattern) = s_suites[target];
        var root = SharedData.Require("w3c/" + folder);
        var fuzzTarget = FuzzTargets.Create(target)!;
        var failures = new List<string>();
        var files = Directory.GetFiles(root, pattern, SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        foreach (var file in files)
        {
            try
            {
                fuzzTarget.Run(File.ReadAllBytes(file));
            }
            catch (Exception e)
            {
                failures.Add($"{Path.GetRelativePath(root, file)}: {e.GetType().Name}: {e.Message}");
            }
        }
        Assert.True(files.Count > 0, $"no {pattern} under w3c/{folder}");
        Assert.True(failures.Count == 0, $"{failures.Count} of {files.Count} inputs break the invariants:\n{string.Join("\n\n", failures)}");
    }

    [Fact]
    public void SampleVaultNotesKeepTheInvariants()
    {
        var note = FuzzTargets.Create("note")!;
        var files = Directory.GetFiles(Path.Combine(SharedData.RepositoryRoot, "samples"), "*.md", SearchOption.AllDirectories);
        Assert.NotEmpty(files);
        foreach (var file in files) note.Run(File.ReadAllBytes(file));
    }
}
