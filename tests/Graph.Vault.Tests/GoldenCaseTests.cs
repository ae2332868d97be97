using Graph.Vault.Model;

namespace Graph.Vault.Tests;

public sealed class GoldenCaseTests
{
    public static TheoryData<string> Cases() => new(Directory.GetFiles(GoldenVault.Folder, "*.md").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Diagnostics_match_the_expected_file(string name)
    {
        var expectedPath = Path.Combine(GoldenVault.Folder, name + ".diagnostics.txt");
        var actual = string.Join("\n", GoldenVault.Model.Diagnostics.Where(d => d.File == name + ".md").Select(d => d.ToString()));
        // The file also lists the mapping's GM diagnostics; the reader reports only its GV ones.
        var expected = File.Exists(expectedPath)
            ? string.Join("\n", File.ReadAllText(expectedPath).Replace("\r\n", "\n").TrimEnd('\n').Split('\n').Where(l => !l.Contains(": warning GM", StringComparison.Ordinal)))
            : string.Empty;
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Front_matter_with_crlf_trailing_spaces_comment_tags_and_day_first_date()
    {
        var note = GoldenVault.Note("frontmatter-crlf.md");
        Assert.True(note.FrontMatter.Valid);
        Assert.Equal("Visit to the Harbour Museum", note.Name);
        Assert.Equal(["harbour", "boats/sail"], note.Tags.Select(t => t.Name));
        Assert.Equal("boats", note.Tags[1].Parent);
        Assert.Equal(["Harbour visit"], note.Aliases);
        Assert.Equal(new DateOnly(2021, 3, 14), note.Date);
        Assert.Equal(new Navigation("harbour", "Harbour", "places"), note.Navigation);
        Assert.Equal("We spent a long day at the harbour with the whole team and learned a lot about boats.", note.Abstract);
        Assert.Equal(13, note.Headings[0].Position.Line);
        Assert.Equal("en", note.Language);
    }

    [Fact]
    public void Embedded_attachments_resolve_against_the_vault_files()
    {
        var note = GoldenVault.Note("embeds.md");
        Assert.Empty(note.WikiLinks);
        Assert.Equal(["attachments/harbour-map.svg", "attachments/harbour-map.svg", null], note.Media.Select(m => m.ResolvedPath));
        Assert.Equal("Plan du port", note.Media[1].Title);
        Assert.Single(GoldenVault.Model.Diagnostics, d => d.File == "embeds.md");
    }

    [Fact]
    public void Broken_front_matter_is_reported_and_read_line_by_line()
    {
        var note = GoldenVault.Note("frontmatter-broken.md");
        Assert.False(note.FrontMatter.Valid);
        Assert.Equal("Still a note", note.Headings[0].Text);
        Assert.Contains(note.Tags, t => t.Name == "inline-tag" && t.Source == TagSource.Inline);
        Assert.Contains(GoldenVault.Model.Diagnostics, d => d.File == "frontmatter-broken.md" && d.Code == VaultCodes.BrokenFrontMatter);
    }

    [Fact]
    public void Links_media_footnotes_resources_and_back_links()
    {
        var note = GoldenVault.Note("links.md");
        Assert.Equal(new ResourceSummary("https://example.org/lighthouses", "A study of lighthouses", new(4, 5)), note.Resource);
        Assert.Equal("This short summary explains why lighthouses matter to the coastal heritage of the region.", note.Abstract);

        var harbour = note.WikiLinks.Single(l => l.Alias == "the harbour");
        Assert.Equal("frontmatter-crlf.md", harbour.ResolvedPath);
        Assert.Equal("The harbour day", note.WikiLinks.Single(l => l.Heading is not null).Heading);
        Assert.Null(note.WikiLinks.Single(l => l.Target == "Lighthouse keepers").ResolvedPath);
        // ![[map.png]] is an attachment, not a link: media only, and its absence is GV206, not an unresolved link.
        Assert.DoesNotContain(note.WikiLinks, l => l.IsEmbed);
        Assert.Contains(GoldenVault.Model.Diagnostics, d => d.File == "links.md" && d.Code == VaultCodes.MissingAttachment && d.Message.Contains("map.png", StringComparison.Ordinal));
        Assert.Equal(LinkContext.AppearsIn, note.WikiLinks.Single(l => l.Target == "Nowhere").Context);
        Assert.Equal(LinkContext.ResourceList, note.WikiLinks.Single(l => l.Target == "Missing resource").Context);

        Assert.Contains(note.Media, m => m.Kind == MediaKind.Video && m.Source == "https://www.youtube.com/embed/abc123" && m.Title == "Talk video");
        Assert.Contains(note.Media, m => m.Kind == MediaKind.Image && m.Source == "/images/boat.jpg" && m.Title == "a photo");
        Assert.Contains(note.Media, m => m.Kind == MediaKind.Image && m.Source == "map.png");
        Assert.Contains(note.ExternalLinks, l => l.Kind == ExternalLinkKind.Bare && l.Url == "https://example.com/bare");
        Assert.Equal(2, note.ExternalLinks.Count(l => l.IsBroken));

        Assert.Equal(["The missing one", "An external report"], note.Resources.Select(r => r.Title));
        Assert.Equal("A report on tide gauges, in two sentences. Really.", note.Resources[1].Summary);
        Assert.Equal("https://example.net/report.pdf", note.Resources[1].Url);

        var footnote = Assert.Single(note.Footnotes);
        Assert.Equal("1", footnote.Label);
        Assert.Equal(["https://example.org/archive"], footnote.Urls);
    }

    [Fact]
    public void Speaker_lines_in_every_form()
    {
        var people = GoldenVault.Note("speakers.md").People;
        var ada = people.Single(p => p.Name == "Ada Marchetti");
        Assert.Equal(("Prof.", "Curator of prints", "Stadtmuseum Aarau", "CH"), (ada.Honorific, ada.JobTitle, ada.OrganizationName, ada.CountryCode));
        var bruno = people.First(p => p.Name == "Bruno Keller" && p.Role == MentionRole.Speaker);
        Assert.Equal(("Directeur", "Musée des Ponts", "https://musee-ponts.example/", "FR"), (bruno.JobTitle, bruno.OrganizationName, bruno.OrganizationUrl, bruno.CountryCode));
        Assert.Equal(["https://www.linkedin.com/in/bruno-keller/"], bruno.ProfileUrls);
        var chloe = people.Single(p => p.Name == "Chloé Dubois");
        Assert.Equal(("Chloé Dubois", "Conservatrice", "Fondation Lumen", "BE"), (chloe.NoteTarget, chloe.JobTitle, chloe.OrganizationName, chloe.CountryCode));
        var dora = people.First(p => p.Name == "Dora Lind");
        Assert.Equal((MentionRole.Moderator, "Journaliste", "Radio Sud", "CH"), (dora.Role, dora.JobTitle, dora.OrganizationName, dora.CountryCode));
        var emil = people.First(p => p.Name == "Emil Roth");
        Assert.Equal(("Archiviste", "Archives de la Ville", "DE"), (emil.JobTitle, emil.OrganizationName, emil.CountryCode));
    }

    [Fact]
    public void Quotations_with_their_creators()
    {
        var quotes = GoldenVault.Note("speakers.md").Quotations;
        Assert.Equal(3, quotes.Count);
        Assert.Equal(("Les collections racontent une histoire que personne ne lit plus assez attentivement.", "Bruno Keller", "Musée des Ponts", "fr"),
            (quotes[0].Text, quotes[0].PersonName, quotes[0].OrganizationName, quotes[0].Language));
        Assert.Equal(("We keep what the city forgets, one box at a time, until someone asks for it.", "Emil Roth", "en"), (quotes[1].Text, quotes[1].PersonName, quotes[1].Language));
        Assert.Equal(("La radio garde la mémoire des voix de la région.", "Dora Lind", "Radio Sud"), (quotes[2].Text, quotes[2].PersonName, quotes[2].OrganizationName));
        Assert.All(quotes, q => Assert.NotNull(q.PersonKey));
    }

    [Fact]
    public void Institutions_named_in_prose()
    {
        var names = GoldenVault.Note("speakers.md").Organizations.Where(o => o.Source == OrganizationSource.Prose).Select(o => o.Name).ToList();
        Assert.Contains("musée Henri Vogel de Sion", names);
        Assert.Contains("Institut national du patrimoine", names);
        Assert.Contains("Leicester University", names);
        Assert.Contains("Kunstmuseum Basel", names);
    }

    [Fact]
    public void One_identity_per_person_and_organisation()
    {
        var model = GoldenVault.Model;
        var chloe = Assert.Single(model.People, p => p.Name == "Chloé Dubois");
        Assert.Equal(["Chloé Dubois.md"], chloe.SubjectOf);
        Assert.Equal("chloe-dubois", chloe.Key);
        Assert.Equal("chloe-dubois", GoldenVault.Note("Chloé Dubois.md").About);
        Assert.Single(model.People, p => p.Name == "Bruno Keller");
        var lumen = Assert.Single(model.Organizations, o => o.Name == "Fondation Lumen");
        Assert.Equal("BE", lumen.CountryCode);
        Assert.Contains("fondation-lumen", chloe.Affiliations);
        Assert.True(Assert.Single(model.Organizations, o => o.Name == "Musée des Ponts").IsMuseum);
    }

    [Fact]
    public void Reading_is_deterministic_whatever_the_parallelism()
    {
        var one = VaultReader.Read(GoldenVault.Folder, new VaultReaderOptions { MaxDegreeOfParallelism = 1 }, TestContext.Current.CancellationToken);
        var two = GoldenVault.Model;
        Assert.Equal(one.Notes.Select(n => n.Path), two.Notes.Select(n => n.Path));
        Assert.Equal(one.Diagnostics.Select(d => d.ToString()), two.Diagnostics.Select(d => d.ToString()));
        Assert.Equal(one.People.Select(p => p.Key), two.People.Select(p => p.Key));
        Assert.Equal(one.Organizations.Select(p => p.Key), two.Organizations.Select(p => p.Key));
    }
}
