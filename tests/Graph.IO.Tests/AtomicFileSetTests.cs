using System.Text;

namespace Graph.IO.Tests;

public sealed class AtomicFileSetTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "graph-atomic-" + Guid.NewGuid().ToString("N"));

    public AtomicFileSetTests() => Directory.CreateDirectory(_dir);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string P(string name) => Path.Combine(_dir, name);

    private static void Text(Stream s, string text) => s.Write(Encoding.UTF8.GetBytes(text));

    [Fact]
    public void FilesAppearOnlyOnCommitWithTheirSizes()
    {
        File.WriteAllText(P("a.txt"), "old");
        using (var files = new AtomicFileSet())
        {
            Assert.Equal(5, files.Write(P("a.txt"), s => Text(s, "new a")));
            Parallel.For(0, 4, i => files.Write(P($"b{i}.txt"), s => Text(s, new string('b', i))));
            Assert.Equal("old", File.ReadAllText(P("a.txt")));
            Assert.False(File.Exists(P("b1.txt")));
            files.Commit();
        }
        Assert.Equal("new a", File.ReadAllText(P("a.txt")));
        Assert.Equal("bbb", File.ReadAllText(P("b3.txt")));
        Assert.Equal(["a.txt", "b0.txt", "b1.txt", "b2.txt", "b3.txt"], Directory.GetFiles(_dir).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void AFailureLeavesEveryPreviousFileAndNoTemporaryOne()
    {
        File.WriteAllText(P("a.txt"), "old");
        Directory.CreateDirectory(P("c.txt"));
        using (var files = new AtomicFileSet())
        {
            files.Write(P("a.txt"), s => Text(s, "new"));
            Assert.Throws<InvalidOperationException>(() => files.Write(P("b.txt"), _ => throw new InvalidOperationException("writer failed")));
            Assert.Throws<IOException>(() => files.Write(P("c.txt"), s => Text(s, "x")));
        }
        Assert.Equal("old", File.ReadAllText(P("a.txt")));
        Assert.Equal(["a.txt"], Directory.GetFiles(_dir).Select(Path.GetFileName));
    }
}
