using Graph.Testing;

namespace Graph.Vault.Tests.Hostile;

/// <summary>
/// The large hostile cases: a 50 MB note is read up to the note size limit (so memory per note is bounded, which the
/// warning proves), and 10,000 notes in one folder are all read and linked.
/// </summary>
public sealed class LargeVaultTests
{
    [Fact]
    public void A_50_MB_note_is_cut_at_the_size_limit_with_a_warning()
    {
        using var vault = HostileVault.Create(HostileVault.Options.CommittedOnly | HostileVault.Options.LargeNote);
        Assert.True(new FileInfo(vault["large/huge.md"]).Length >= HostileVault.LargeNoteBytes);
        var model = VaultReader.Read(vault.Root, cancellationToken: TestContext.Current.CancellationToken);

        var note = model.Notes.Single(n => n.Path == "large/huge.md");
        Assert.Equal("Huge note", note.Name);
        Assert.Equal(["large", "patrimoine"], note.Tags.Select(t => t.Name));
        Assert.True(note.Text.Length <= VaultReaderOptions.Default.MaxNoteBytes, $"text of {note.Text.Length} characters");
        Assert.True(note.Text.Length > VaultReaderOptions.Default.MaxNoteBytes / 2);
        Assert.EndsWith("#patrimoine.", note.Text, StringComparison.Ordinal);
        var warning = Assert.Single(model.Diagnostics, d => d.Code == VaultCodes.FileTooLarge);
        Assert.Equal("large/huge.md", warning.File);
        Assert.Contains("4,194,304", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_note_size_limit_is_an_option()
    {
        using var vault = HostileVault.Create(HostileVault.Options.CommittedOnly);
        var model = VaultReader.Read(vault.Root, VaultReaderOptions.Default with { MaxNoteBytes = 12 }, TestContext.Current.CancellationToken);
        var cut = model.Notes.Single(n => n.Path == "cycle-b.md");
        Assert.Equal("Cycle B", cut.Name);
        Assert.Empty(cut.WikiLinks);
        Assert.Contains(model.Diagnostics, d => d.File == "cycle-b.md" && d.Code == VaultCodes.FileTooLarge);
    }

    [Fact]
    public void Ten_thousand_notes_in_one_folder_are_all_read_and_linked()
    {
        using var vault = HostileVault.Create(HostileVault.Options.CommittedOnly | HostileVault.Options.ManyNotes);
        var model = VaultReader.Read(vault.Root, cancellationToken: TestContext.Current.CancellationToken);

        var crowd = model.Notes.Where(n => n.Path.StartsWith("crowd/", StringComparison.Ordinal)).ToList();
        Assert.Equal(HostileVault.ManyNotes, crowd.Count);
        Assert.All(crowd, n => Assert.All(n.WikiLinks, l => Assert.NotNull(l.ResolvedPath)));
        Assert.Equal("crowd/note 00007.md", crowd[1].WikiLinks[1].ResolvedPath);
        Assert.DoesNotContain(model.Diagnostics, d => d.File?.StartsWith("crowd/", StringComparison.Ordinal) == true);
    }
}
