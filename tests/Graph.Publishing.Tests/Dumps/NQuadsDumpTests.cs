using System.IO.Compression;
using System.Security.Cryptography;
using Graph.Core.Terms;
using Graph.IO;
using Graph.Publishing.Dumps;

namespace Graph.Publishing.Tests.Dumps;

public sealed class NQuadsDumpTests
{
    private static List<Quad> Quads(int n) => Enumerable.Range(0, n)
        .Select(i => new Quad(new Iri($"http://ex.org/s{i:00000}"), new Iri("http://ex.org/p"), Literal.String("value " + i + " é"), i % 3 == 0 ? null : new Iri("http://ex.org/g" + i % 3)))
        .Order(QuadComparer.Instance).ToList();

    [Fact]
    public void PartsHoldAtMostTheSplitSizeAndTheManifestDescribesThem()
    {
        var dir = Directory.CreateTempSubdirectory("graph-dump-").FullName;
        var quads = Quads(2000);
        var manifest = NQuadsDump.Write(quads, dir, 16 * 1024);
        Assert.True(manifest.Parts.Count > 3);
        Assert.Equal(2000, manifest.Quads);
        Assert.Equal(2000, manifest.Parts.Sum(p => p.Quads));
        var read = new List<Quad>();
        foreach (var part in manifest.Parts)
        {
            var path = Path.Combine(dir, part.File);
            var bytes = File.ReadAllBytes(path);
            Assert.Equal(part.Bytes, bytes.Length);
            Assert.Equal(part.Sha256, Convert.ToHexStringLower(SHA256.HashData(bytes)));
            using var gz = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
            var raw = new MemoryStream();
            gz.CopyTo(raw);
            Assert.True(raw.Length <= 16 * 1024);
            var list = new QuadList();
            RdfSyntaxes.CreateReader(RdfFormat.NQuads).Read(new MemoryStream(raw.ToArray()), list, new RdfReaderOptions());
            Assert.Equal(part.Quads, list.Quads.Count);
            read.AddRange(list.Quads);
        }
        Assert.Equal(quads, read);
        Assert.Equal(manifest, DumpManifest.FromJson(File.ReadAllText(Path.Combine(dir, DumpManifest.FileName))) with { Parts = manifest.Parts });
        Directory.Delete(dir, true);
    }

    [Fact]
    public void TheSameQuadsGiveTheSameBytesAndStalePartsAreRemoved()
    {
        var a = Directory.CreateTempSubdirectory("graph-dump-").FullName;
        var b = Directory.CreateTempSubdirectory("graph-dump-").FullName;
        NQuadsDump.Write(Quads(3000), b, 8 * 1024);
        Assert.True(File.Exists(Path.Combine(b, "graph-0010.nq.gz")));
        var first = NQuadsDump.Write(Quads(1000), a, 8 * 1024);
        var second = NQuadsDump.Write(Quads(1000), b, 8 * 1024);
        Assert.Equal(first.ToJson(), second.ToJson());
        Assert.Equal(Directory.GetFiles(a).Select(Path.GetFileName).Order(), Directory.GetFiles(b).Select(Path.GetFileName).Order());
        foreach (var part in first.Parts)
            Assert.Equal(File.ReadAllBytes(Path.Combine(a, part.File)), File.ReadAllBytes(Path.Combine(b, part.File)));
        Directory.Delete(a, true);
        Directory.Delete(b, true);
    }

    [Theory]
    [InlineData("100MB", 100L << 20)]
    [InlineData("512k", 512L << 10)]
    [InlineData("1G", 1L << 30)]
    [InlineData("4096", 4096)]
    public void SizesParse(string text, long bytes) => Assert.Equal(bytes, NQuadsDump.ParseSize(text));

    [Theory]
    [InlineData("")]
    [InlineData("-5MB")]
    [InlineData("ten")]
    public void BadSizesAreRefused(string text) => Assert.Throws<FormatException>(() => NQuadsDump.ParseSize(text));
}
