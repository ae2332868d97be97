using Graph.Testing;

namespace Graph.Vault.Tests.Hostile;

/// <summary>
/// Each hostile case (tests/data/hostile-vault + the generated ones): the reader finishes, converts every readable
/// note, and reports the problem with its code, path and position. Time is bounded by limits the warnings prove.
/// </summary>
public sealed class HostileVaultTests(HostileVaultFixture fixture) : IClassFixture<HostileVaultFixture>
{
    private const string Nfd = "Re\u0301sume\u0301 NFD.md";

    /// <summary>File, code, line (0: no position) of every warning a case must give.</summary>
    public static TheoryData<string, string, int> Warnings() => new()
    {
        { "invalid-utf8.md", VaultCodes.UnreadableFile, 6 },
        { "_data/latin1.csv", VaultCodes.UnreadableFile, 2 },
        { "utf16le.md", VaultCodes.NotUtf8, 1 },
        { "utf16be.md", VaultCodes.NotUtf8, 1 },
        { "binary.md", VaultCodes.BinaryFile, 0 },
        { "fm-list.md", VaultCodes.BrokenFrontMatter, 2 },
        { "fm-scalar.md", VaultCodes.BrokenFrontMatter, 2 },
        { "fm-invalid.md", VaultCodes.BrokenFrontMatter, 2 },
        { "fm-unterminated.md", VaultCodes.UnclosedFrontMatter, 1 },
        { "only-fence.md", VaultCodes.UnclosedFrontMatter, 1 },
        { "yaml-bomb.md", VaultCodes.FrontMatterTooLarge, 3 },
        { "yaml-cycle.md", VaultCodes.FrontMatterTooLarge, 3 },
        { "huge-numbers.md", VaultCodes.InvalidDate, 6 },
        { "bad-date.md", VaultCodes.InvalidDate, 3 },
        { "dup-title-2.md", VaultCodes.AmbiguousLink, 5 },
        { "_data/broken-quoting.csv", VaultCodes.BadTableRow, 2 },
        { "deep-quote.md", VaultCodes.TooDeeplyNested, 3 },
        { "deep-list.md", VaultCodes.TooDeeplyNested, 53 },
        { "deep-brackets.md", VaultCodes.UnresolvedLink, 3 },
        { "one-line-links.md", VaultCodes.UnresolvedLink, 1 },
        { "twins/Cafe\u0301.md", VaultCodes.NormalizationTwins, 0 },
        { "loop", VaultCodes.SymbolicLinkLoop, 0 },
        { "ring/back", VaultCodes.SymbolicLinkLoop, 0 },
        { "ping", VaultCodes.SymbolicLinkLoop, 0 },
        { "pong", VaultCodes.SymbolicLinkLoop, 0 },
        { "dangling.md", VaultCodes.DanglingLink, 0 },
        { "dangling-folder", VaultCodes.DanglingLink, 0 },
    };

    [Theory]
    [MemberData(nameof(Warnings))]
    public void Each_problem_is_a_warning_with_its_path_and_line(string file, string code, int line)
    {
        if (file is "loop" or "ring/back" or "ping" or "pong" or "dangling.md" or "dangling-folder" && !fixture.Vault.HasUnixFiles)
            Assert.Skip("symbolic links need a Unix file system");
        var matches = fixture.Model.Diagnostics.Where(d => d.File == file && d.Code == code).ToList();
        Assert.True(matches.Count > 0, $"no {code} for {file}; got:\n{string.Join("\n", fixture.Model.Diagnostics.Where(d => d.File == file))}");
        Assert.Contains(matches, d => d.Position.Line == line);
        Assert.All(fixture.Model.Diagnostics, d => Assert.True(d.Message.Length < 400, $"{d.Code} message of {d.Message.Length} characters"));
    }

    public static TheoryData<string> ConvertedNotes() =>
    [
        "invalid-utf8.md", "utf16le.md", "utf16be.md", "with spaces 🎉 emoji.md", Nfd, "links-to-nfd.md", "fm-list.md", "fm-scalar.md",
        "fm-invalid.md", "fm-unterminated.md", "only-fence.md", "empty.md", "yaml-bomb.md", "yaml-cycle.md", "huge-numbers.md",
        "long-number.md", "bad-date.md", "cycle-a.md", "cycle-b.md", "self-link.md", "dup-title-1.md", "dup-title-2.md",
        "deep-quote.md", "deep-list.md", "deep-brackets.md", "one-line-links.md", "twins/Caf\u00e9.md", "twins/Cafe\u0301.md",
        "deep/" + string.Join('/', Enumerable.Repeat("d", 300)) + "/bottom.md",
    ];

    [Theory]
    [MemberData(nameof(ConvertedNotes))]
    public void Every_readable_note_is_converted(string path) => Assert.NotNull(fixture.Note(path));

    [Fact]
    public void Files_that_are_not_text_or_cannot_be_read_are_not_notes()
    {
        Assert.Null(fixture.Note("binary.md"));
        Assert.Null(fixture.Note("dangling.md"));
        Assert.DoesNotContain(fixture.Model.Notes, n => n.Path.StartsWith("loop/", StringComparison.Ordinal) || n.Path.StartsWith("ring/back/", StringComparison.Ordinal));
        Assert.Single(fixture.Model.Notes, n => n.Path == "ring/inside.md");
    }

    [Fact]
    public void Utf16_notes_are_decoded_by_their_byte_order_mark()
    {
        var le = fixture.Note("utf16le.md")!;
        Assert.Equal("UTF-16 LE note", le.Name);
        Assert.Equal(["encoding"], le.Tags.Select(t => t.Name));
        Assert.Contains("Café", le.Text, StringComparison.Ordinal);
        Assert.Equal("utf16be.md", le.WikiLinks.Single().ResolvedPath);
        Assert.Equal("UTF-16 BE note", fixture.Note("utf16be.md")!.Name);
    }

    [Fact]
    public void Invalid_utf8_is_replaced_and_located()
    {
        var note = fixture.Note("invalid-utf8.md")!;
        Assert.Equal("Bad bytes", note.Name);
        Assert.Contains("Caf\uFFFD au lait", note.Text, StringComparison.Ordinal);
        var warning = fixture.Model.Diagnostics.Single(d => d.File == "invalid-utf8.md" && d.Code == VaultCodes.UnreadableFile);
        Assert.Equal(new(6, 4), warning.Position);
    }

    [Fact]
    public void Yaml_alias_bomb_and_cycle_stop_at_the_value_limit()
    {
        var bomb = fixture.Note("yaml-bomb.md")!;
        Assert.Equal("Billion laughs", bomb.Name);
        Assert.Equal(["lol"], bomb.Tags.Select(t => t.Name));
        Assert.Single(fixture.Model.Diagnostics, d => d.File == "yaml-bomb.md" && d.Code == VaultCodes.FrontMatterTooLarge);
        var cycle = fixture.Note("yaml-cycle.md")!;
        Assert.Equal(["loop"], cycle.Tags.Select(t => t.Name));
    }

    [Fact]
    public void Front_matter_that_is_not_a_map_costs_only_the_front_matter()
    {
        Assert.Equal("List front matter", fixture.Note("fm-list.md")!.Name);
        Assert.Equal("Scalar front matter", fixture.Note("fm-scalar.md")!.Name);
        var invalid = fixture.Note("fm-invalid.md")!;
        Assert.False(invalid.FrontMatter.Valid);
        Assert.Equal(["kept"], invalid.Tags.Select(t => t.Name));
        Assert.Equal("Unterminated front matter", fixture.Note("fm-unterminated.md")!.Name);
        Assert.Equal("empty", fixture.Note("empty.md")!.Name);
    }

    [Fact]
    public void Huge_numbers_and_impossible_dates_are_not_values()
    {
        var numbers = fixture.Note("huge-numbers.md")!;
        Assert.Null(numbers.Date);
        Assert.Equal("huge", numbers.Navigation!.Key);
        Assert.Null(numbers.Navigation.Order);
        Assert.Null(fixture.Note("bad-date.md")!.Date);
        Assert.Contains(fixture.Note("long-number.md")!.FrontMatter.Fields, f => f.Key == "count" && f.Value.Length == 100_000);
    }

    [Fact]
    public void Link_cycles_self_links_and_duplicate_titles_resolve()
    {
        Assert.Equal("cycle-b.md", fixture.Note("cycle-a.md")!.WikiLinks.Single().ResolvedPath);
        Assert.Equal("cycle-a.md", fixture.Note("cycle-b.md")!.WikiLinks.Single().ResolvedPath);
        Assert.All(fixture.Note("self-link.md")!.WikiLinks, l => Assert.Equal("self-link.md", l.ResolvedPath));
        var dup = fixture.Note("dup-title-2.md")!;
        Assert.All(dup.WikiLinks, l => Assert.Equal("dup-title-1.md", l.ResolvedPath));
        Assert.Equal(2, fixture.Model.Diagnostics.Count(d => d.File == "dup-title-2.md" && d.Code == VaultCodes.AmbiguousLink));
    }

    [Fact]
    public void Accents_in_names_match_whatever_their_normal_form()
    {
        Assert.Equal(Nfd, fixture.Note("links-to-nfd.md")!.WikiLinks.Single().ResolvedPath);
        Assert.Equal("Party 🎉", fixture.Note("with spaces 🎉 emoji.md")!.Name);
        Assert.Single(fixture.Model.Diagnostics, d => d.Code == VaultCodes.NormalizationTwins);
    }

    [Fact]
    public void Pathological_markdown_is_converted_within_limits()
    {
        var list = fixture.Note("deep-list.md")!;
        Assert.Equal("Deep list", list.Name);
        Assert.Contains("level 999", list.Text, StringComparison.Ordinal);
        Assert.Contains("bottom", fixture.Note("deep-quote.md")!.Text, StringComparison.Ordinal);
        var links = fixture.Note("one-line-links.md")!.WikiLinks;
        Assert.Equal(100_000, links.Count);
        Assert.Equal(new(1, 1 + 12 * 99_999), links[^1].Position);
        Assert.Equal(100_000, fixture.Model.Diagnostics.Count(d => d.File == "one-line-links.md" && d.Code == VaultCodes.UnresolvedLink));
    }

    [Fact]
    public void Special_files_are_read_without_blocking()
    {
        if (!File.Exists(fixture.Vault["fifo.md"])) Assert.Skip("mkfifo is not available here");
        Assert.Equal(string.Empty, fixture.Note("fifo.md")!.Text);
        Assert.Equal(string.Empty, fixture.Note("link-to-fifo.md")!.Text);
        if (File.Exists(fixture.Vault["zero.md"])) Assert.Equal(string.Empty, fixture.Note("zero.md")!.Text);
        Assert.NotNull(fixture.Note("alias-of-cycle-a.md"));
    }

    [Fact]
    public void A_path_longer_than_the_system_allows_is_reported()
    {
        var folder = fixture.Vault.TooLongFolder;
        if (folder is null) Assert.Skip("needs a Unix file system with PATH_MAX");
        Assert.Contains(fixture.Model.Diagnostics, d => d.Code == VaultCodes.UnlistableFolder && d.File == folder);
        Assert.DoesNotContain(fixture.Model.Notes, n => n.Path.EndsWith("far.md", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unreadable_note_is_reported_and_not_converted()
    {
        if (!fixture.Vault.HasUnixFiles) Assert.Skip("needs Unix file modes");
        if (!fixture.Vault.UnreadableIsUnreadable) Assert.Skip(HostileVault.RootCanReadReason);
        Assert.Null(fixture.Note("unreadable.md"));
        Assert.Contains(fixture.Model.Diagnostics, d => d.File == "unreadable.md" && d.Code == VaultCodes.UnreadableFile);
    }
}
