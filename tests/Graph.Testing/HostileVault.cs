using System.Runtime.InteropServices;
using System.Text;

namespace Graph.Testing;

/// <summary>
/// A vault built to break readers (issue 8): the committed small cases of <c>tests/data/hostile-vault/</c> copied to a
/// temporary folder, plus the cases that must not be committed, generated here: long and deeply nested notes, a
/// one-line note of 100,000 links, 300 nested folders, a path longer than the system's limit, two names that differ
/// only by NFC/NFD, symbolic-link loops, dangling links, a FIFO, a link to <c>/dev/zero</c>, an unreadable file, and
/// on request a 50 MB note and 10,000 notes in one folder. Deleted on dispose.
/// </summary>
public sealed class HostileVault : IDisposable
{
    /// <summary>Size of the generated large note (<see cref="Options.LargeNote"/>).</summary>
    public const int LargeNoteBytes = 50 << 20;

    /// <summary>Notes in the generated crowded folder (<see cref="Options.ManyNotes"/>).</summary>
    public const int ManyNotes = 10_000;

    /// <summary>What to generate beside the committed cases.</summary>
    [Flags]
    public enum Options
    {
        None = 0,
        /// <summary>The committed files only (plus the large cases asked for).</summary>
        CommittedOnly = 1,
        /// <summary><c>large/huge.md</c>, 50 MB.</summary>
        LargeNote = 2,
        /// <summary><c>crowd/</c> with 10,000 notes.</summary>
        ManyNotes = 4,
    }

    /// <summary>The committed cases.</summary>
    public static string Corpus => Path.Combine(SharedData.RepositoryRoot, "tests", "data", "hostile-vault");

    /// <summary>The vault folder.</summary>
    public string Root { get; }

    /// <summary>Whether the file system has symbolic links and FIFOs (Unix).</summary>
    public bool HasUnixFiles { get; }

    /// <summary>
    /// Whether <c>unreadable.md</c> really cannot be read: false when running as root, where mode 000 does not stop
    /// reading (the test of that case then skips with this reason).
    /// </summary>
    public bool UnreadableIsUnreadable { get; }

    /// <summary>The vault-relative folder whose full path is longer than the system's limit (PATH_MAX), or null.</summary>
    public string? TooLongFolder { get; }

    public const string RootCanReadReason = "running as root: a file with mode 000 is still readable, so the unreadable-file case cannot be built here";

    private HostileVault(string root, Options options)
    {
        Root = root;
        Copy(Corpus, root);
        if (options.HasFlag(Options.LargeNote)) GenerateLargeNote(root);
        if (options.HasFlag(Options.ManyNotes)) GenerateManyNotes(root);
        if (options.HasFlag(Options.CommittedOnly)) return;
        GenerateText(root);
        GenerateNames(root);
        if (OperatingSystem.IsLinux() || OperatingSystem.IsMacOS())
        {
            HasUnixFiles = true;
            GenerateLinks(root);
            UnreadableIsUnreadable = GenerateUnreadable(root);
            TooLongFolder = GenerateTooLongPath(root);
        }
    }

    /// <summary>Builds the vault in a new temporary folder.</summary>
    public static HostileVault Create(Options options = Options.None)
    {
        var root = Path.Combine(Path.GetTempPath(), "graph-hostile-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(root);
        return new HostileVault(root, options);
    }

    /// <summary>The full path of a vault-relative path.</summary>
    public string this[string relative] => Path.Combine(Root, relative);

    private static void Copy(string from, string to)
    {
        foreach (var dir in Directory.GetDirectories(from, "*", SearchOption.AllDirectories))
            Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, dir)));
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
            File.Copy(file, Path.Combine(to, Path.GetRelativePath(from, file)));
    }

    private static void Write(string root, string relative, string text)
    {
        var path = Path.Combine(root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, new UTF8Encoding(false));
    }

    // Notes whose shape is pathological for a Markdown parser: nesting, one endless line, bracket runs.
    private static void GenerateText(string root)
    {
        Write(root, "deep-quote.md", "# Deep quote\n\n" + new string('>', 100_000) + " bottom\n");
        var list = new StringBuilder("# Deep list\n\n");
        for (var i = 0; i < 1_000; i++) list.Append(' ', 2 * i).Append("- level ").Append(i).Append('\n');
        Write(root, "deep-list.md", list.ToString());
        Write(root, "deep-brackets.md", "# Brackets\n\n" + new string('[', 100_000) + "x" + new string(']', 100_000) + "\n");
        Write(root, "one-line-links.md", string.Concat(Enumerable.Repeat("[[nowhere]] ", 100_000)));
        Write(root, "long-number.md", "---\ntitle: Long number\ncount: " + new string('9', 100_000) + "\n---\n# Long number\n");
    }

    private static void GenerateNames(string root)
    {
        // NFC 'é' (U+00E9) and NFD 'e' + U+0301: two different files that every listing shows alike.
        Write(root, "twins/Caf\u00e9.md", "# Café (NFC)\n\nSee [[Cafe\u0301]].\n");
        Write(root, "twins/Cafe\u0301.md", "# Café (NFD)\n\nSee [[Caf\u00e9]].\n");
        var deep = "deep";
        for (var i = 0; i < 300; i++) deep += "/d";
        Write(root, deep + "/bottom.md", "# Bottom of 300 folders\n\nUp to [[cycle-a]].\n");
    }

    private static void GenerateLargeNote(string root)
    {
        var path = Path.Combine(root, "large", "huge.md");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16);
        writer.Write("---\ntitle: Huge note\ntags: [large]\n---\n# Huge note\n\n");
        var line = "Le musée numérique et ses collections, voir [[cycle-a]] et [[nowhere at all]] #patrimoine.\n";
        var bytes = Encoding.UTF8.GetByteCount(line);
        for (long written = 0; written < LargeNoteBytes; written += bytes + 1)
            writer.Write(line + "\n");
    }

    private static void GenerateManyNotes(string root)
    {
        var dir = Path.Combine(root, "crowd");
        Directory.CreateDirectory(dir);
        for (var i = 0; i < ManyNotes; i++)
            File.WriteAllText(Path.Combine(dir, $"note {i:D5}.md"),
                $"---\ntitle: Crowd note {i}\ntags: [crowd/t{i % 50}]\naliases: [C{i}]\n---\n# Crowd note {i}\n\nNext is [[note {(i + 1) % ManyNotes:D5}]], and [[C{i * 7 % ManyNotes}|seven]].\n");
    }

    private static void GenerateLinks(string root)
    {
        File.CreateSymbolicLink(Path.Combine(root, "loop"), ".");
        Directory.CreateDirectory(Path.Combine(root, "ring"));
        Write(root, "ring/inside.md", "# Inside the ring\n");
        File.CreateSymbolicLink(Path.Combine(root, "ring", "back"), "../ring");
        File.CreateSymbolicLink(Path.Combine(root, "ping"), "pong");
        File.CreateSymbolicLink(Path.Combine(root, "pong"), "ping");
        File.CreateSymbolicLink(Path.Combine(root, "dangling.md"), "no-such-note.md");
        File.CreateSymbolicLink(Path.Combine(root, "dangling-folder"), "/no/such/folder");
        File.CreateSymbolicLink(Path.Combine(root, "alias-of-cycle-a.md"), "cycle-a.md");
        if (File.Exists("/dev/zero")) File.CreateSymbolicLink(Path.Combine(root, "zero.md"), "/dev/zero");
        if (MakeFifo(Path.Combine(root, "fifo.md")))
            File.CreateSymbolicLink(Path.Combine(root, "link-to-fifo.md"), "fifo.md");
    }

    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    private static bool GenerateUnreadable(string root)
    {
        var path = Path.Combine(root, "unreadable.md");
        File.WriteAllText(path, "# You cannot read me\n");
        File.SetUnixFileMode(path, UnixFileMode.None);
        try
        {
            using var _ = File.OpenRead(path);
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return true;
        }
    }

    // Builds a short path, then renames its first folder to a long name: the deepest folder then has a full path
    // longer than PATH_MAX (4,096 bytes on Linux), which no system call accepts. Returns that folder.
    private static string GenerateTooLongPath(string root)
    {
        var segments = Enumerable.Range(0, 16).Select(i => i.ToString("D2") + new string('y', 240)).ToList();
        Write(root, "t/" + string.Join('/', segments) + "/far.md", "# Far away\n");
        var longName = new string('T', 250);
        Directory.Move(Path.Combine(root, "t"), Path.Combine(root, longName));
        return longName + "/" + string.Join('/', segments);
    }

    [DllImport("libc", EntryPoint = "mkfifo", SetLastError = true)]
    private static extern int MkFifo(string path, uint mode);

    private static bool MakeFifo(string path)
    {
        try { return MkFifo(path, 0x1A4 /* 0644 */) == 0; }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException) { return false; }
    }

    public void Dispose()
    {
        try
        {
            if (!OperatingSystem.IsWindows() && File.Exists(this["unreadable.md"])) File.SetUnixFileMode(this["unreadable.md"], UnixFileMode.UserRead | UnixFileMode.UserWrite);
            DeleteTree(Root);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
    }

    // Directory.Delete(recursive) follows neither links nor the over-long path: remove entries one by one, renaming
    // over-long folders short first.
    private static void DeleteTree(string dir)
    {
        foreach (var entry in Directory.EnumerateFileSystemEntries(dir).ToList())
        {
            var info = new FileInfo(entry);
            if (info.LinkTarget is not null || !Directory.Exists(entry)) { File.Delete(entry); continue; }
            var target = entry;
            if (Path.GetFileName(entry).Length > 100)
            {
                target = Path.Combine(dir, "s" + Guid.NewGuid().ToString("N")[..6]);
                Directory.Move(entry, target);
            }
            DeleteTree(target);
        }
        Directory.Delete(dir);
    }
}
