using System.Text.RegularExpressions;
using Graph.Core.Graphs;
using Graph.IO;
using Graph.Testing;

namespace Graph.Cli.Tests.Hostile;

/// <summary>
/// <c>graph convert</c> over the hostile vault: every readable note converted, each problem one warning line
/// (<c>path(line,col): warning CODE: message</c>), exit code 0 as README's table promises for warnings, and a run that
/// fails while writing leaves the previous output byte for byte.
/// </summary>
public sealed partial class HostileConvertTests
{
    [Fact]
    public void The_hostile_vault_converts_with_one_warning_line_per_problem()
    {
        using var vault = HostileVault.Create();
        var dir = Directory.CreateTempSubdirectory("graph-hostile-out-").FullName;
        try
        {
            var (exit, stdout, stderr) = CliRun.Run("convert", vault.Root, "--out", dir, "--format", "nt,ttl,jsonld");
            Assert.True(exit == 0, stderr);
            var lines = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.All(lines, l => Assert.Matches(WarningLine(), l));
            foreach (var expected in (string[])[
                "utf16le.md(1,1): warning GV002: ", "utf16be.md(1,1): warning GV002: ", "invalid-utf8.md(6,4): warning GV001: ",
                "binary.md: warning GV003: ", "yaml-bomb.md(3,", "yaml-cycle.md(3,",
                "fm-list.md(2,1): warning GV101: ", "fm-unterminated.md(1,1): warning GV102: ", "deep-list.md(53,101): warning GV009: ",
                "_data/broken-quoting.csv(2,1): warning GV301: ", "_data/latin1.csv(2,4): warning GV001: ",
                "one-line-links.md: warning GV201: 99,900 more warnings like the 100 above were not shown"])
                Assert.Contains(lines, l => l.StartsWith(expected, StringComparison.Ordinal));
            if (vault.HasUnixFiles)
                foreach (var expected in (string[])["loop: warning GV005: ", "ping: warning GV005: ", "dangling.md: warning GV006: "])
                    Assert.Contains(lines, l => l.StartsWith(expected, StringComparison.Ordinal));
            // 100 of the 100,000 broken links of one note are printed, the summary still counts them all.
            Assert.Equal(100, lines.Count(l => l.StartsWith("one-line-links.md(1,", StringComparison.Ordinal)));
            Assert.Matches(@"\(1000\d\d broken\)", stdout);

            var graph = Read(Path.Combine(dir, "graph.nt"));
            var subjects = graph.Select(q => q.Subject).OfType<Graph.Core.Terms.Iri>().Select(i => i.Value).ToHashSet();
            foreach (var note in (string[])["utf16le", "utf16be", "invalid-utf8", "yaml-bomb", "fm-list", "deep-list", "one-line-links", "cycle-a"])
                Assert.Contains(subjects, s => s.EndsWith("/note/" + note, StringComparison.Ordinal));
            Assert.DoesNotContain(subjects, s => s.EndsWith("/note/binary", StringComparison.Ordinal));
            Assert.True(Isomorphism.AreIsomorphic(graph, Read(Path.Combine(dir, "graph.ttl"))), "graph.ttl differs from graph.nt");
            Assert.True(Isomorphism.AreIsomorphic(graph, Read(Path.Combine(dir, "graph.jsonld"))), "graph.jsonld differs from graph.nt");
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void A_temporary_file_in_the_way_fails_the_run_and_keeps_the_previous_output()
    {
        using var vault = HostileVault.Create(HostileVault.Options.CommittedOnly);
        var dir = Directory.CreateTempSubdirectory("graph-hostile-out-").FullName;
        try
        {
            var before = ConvertAndSnapshot(vault, dir);
            File.WriteAllText(vault["a-new-note.md"], "# A new note\n");
            // The third file's temporary name is taken by a folder: the first two were already written to theirs.
            var blocker = Directory.CreateDirectory(Path.Combine(dir, $".graph.jsonld.{Environment.ProcessId}.tmp")).FullName;
            var (exit, _, stderr) = CliRun.Run("convert", vault.Root, "--out", dir, "--quiet", "--format", "ttl,nt,jsonld");
            Assert.Equal(3, exit);
            Assert.Contains("error: ", stderr, StringComparison.Ordinal);
            AssertUnchanged(before, dir, blocker);

            Directory.Delete(blocker);
            Assert.Equal(0, CliRun.Run("convert", vault.Root, "--out", dir, "--quiet", "--format", "ttl,nt,jsonld").Exit);
            Assert.Contains("a-new-note", File.ReadAllText(Path.Combine(dir, "graph.nt")), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void A_folder_in_place_of_an_output_file_fails_before_any_file_is_replaced()
    {
        using var vault = HostileVault.Create(HostileVault.Options.CommittedOnly);
        var dir = Directory.CreateTempSubdirectory("graph-hostile-out-").FullName;
        try
        {
            var before = ConvertAndSnapshot(vault, dir);
            File.WriteAllText(vault["a-new-note.md"], "# A new note\n");
            File.Delete(Path.Combine(dir, "graph.nt"));
            before.Remove("graph.nt");
            var folder = Directory.CreateDirectory(Path.Combine(dir, "graph.nt")).FullName;
            var (exit, _, stderr) = CliRun.Run("convert", vault.Root, "--out", dir, "--quiet", "--format", "ttl,jsonld,nt");
            Assert.Equal(3, exit);
            Assert.Contains("a folder is in the way", stderr, StringComparison.Ordinal);
            AssertUnchanged(before, dir, folder);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void An_unwritable_output_folder_fails_and_keeps_the_previous_output()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Skip("needs Unix file modes");
            return;
        }
        using var vault = HostileVault.Create(HostileVault.Options.CommittedOnly);
        var dir = Directory.CreateTempSubdirectory("graph-hostile-out-").FullName;
        try
        {
            var before = ConvertAndSnapshot(vault, dir);
            File.SetUnixFileMode(dir, UnixFileMode.UserRead | UnixFileMode.UserExecute);
            if (CanWrite(dir))
                Assert.Skip("running as root: a folder with mode 0500 is still writable, so this case cannot be built here");
            File.WriteAllText(vault["a-new-note.md"], "# A new note\n");
            var (exit, _, _) = CliRun.Run("convert", vault.Root, "--out", dir, "--quiet", "--format", "ttl,jsonld,nt");
            Assert.Equal(3, exit);
            AssertUnchanged(before, dir, null);
        }
        finally
        {
            if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(dir, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            Directory.Delete(dir, recursive: true);
        }
    }

    private static Dictionary<string, byte[]> ConvertAndSnapshot(HostileVault vault, string dir)
    {
        var (exit, _, stderr) = CliRun.Run("convert", vault.Root, "--out", dir, "--quiet", "--format", "ttl,jsonld,nt");
        Assert.True(exit == 0, stderr);
        return Directory.GetFiles(dir).ToDictionary(p => Path.GetFileName(p), File.ReadAllBytes);
    }

    // Same files, same bytes, no temporary file left behind (only the obstacle the test put there).
    private static void AssertUnchanged(Dictionary<string, byte[]> before, string dir, string? obstacle)
    {
        var now = Directory.GetFileSystemEntries(dir).Where(p => p != obstacle).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(before.Keys.Order(StringComparer.Ordinal), now);
        foreach (var (name, bytes) in before)
            Assert.True(bytes.AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(dir, name))), $"{name} was changed");
    }

    private static bool CanWrite(string dir)
    {
        try
        {
            var probe = Path.Combine(dir, ".probe");
            File.WriteAllText(probe, "");
            File.Delete(probe);
            return true;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static List<Graph.Core.Terms.Quad> Read(string path)
    {
        var list = new QuadList();
        using var stream = File.OpenRead(path);
        RdfSyntaxes.CreateReader(RdfFormat.FromPath(path)!).Read(stream, list, new RdfReaderOptions { FileName = path });
        return list.Quads;
    }

    [GeneratedRegex(@"^\S.*?(\(\d+,\d+\))?: warning G[VM]\d{3}: .+$")]
    private static partial Regex WarningLine();
}
