using Graph.Core.Graphs;
using Graph.IO;
using Graph.Testing;

namespace Graph.Cli.Tests;

/// <summary>Every dump <c>graph convert</c> writes describes the same graph (compared by isomorphism after reading each back).</summary>
public class ConvertFormatsAgreeTests
{
    [Fact]
    public void SampleVaultDumpsAreIsomorphic() => AssertDumpsAgree(Path.Combine(SharedData.RepositoryRoot, "samples"));

    [Fact]
    public void CorpusDumpsAreIsomorphic() => AssertDumpsAgree(SharedData.Require("corpus/museumxtd"));

    private static void AssertDumpsAgree(string vault)
    {
        var dir = Directory.CreateTempSubdirectory("graph-formats-").FullName;
        try
        {
            var exit = CliRunner.Run(out var stdout, out var stderr, "convert", vault, "--out", dir, "--quiet", "--format", "ttl,jsonld,nt,rdfxml,trig,nq");
            Assert.True(exit == 0, stderr + stdout);
            var reference = Read(Path.Combine(dir, "graph.nt"));
            Assert.NotEmpty(reference);
            foreach (var file in new[] { "graph.ttl", "graph.jsonld", "graph.rdf", "graph.trig", "graph.nq" })
                Assert.True(Isomorphism.AreIsomorphic(reference, Read(Path.Combine(dir, file))), $"{file} differs from graph.nt");
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static List<Graph.Core.Terms.Quad> Read(string path)
    {
        var list = new QuadList();
        using var stream = File.OpenRead(path);
        RdfSyntaxes.CreateReader(RdfFormat.FromPath(path)!).Read(stream, list, new RdfReaderOptions { FileName = path });
        return list.Quads;
    }
}
