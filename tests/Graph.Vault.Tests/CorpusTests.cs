using System.Text.RegularExpressions;
using Graph.Testing;
using Graph.Vault.Model;

namespace Graph.Vault.Tests;

/// <summary>The real vault ../shared/corpus/museumxtd: facts checked by reading its notes.</summary>
public sealed partial class CorpusTests
{
    private static readonly Lazy<VaultModel> s_model = new(() => VaultReader.Read(SharedData.Require("corpus/museumxtd")));

    private static VaultModel Model
    {
        get
        {
            SharedData.Require("corpus/museumxtd");
            return s_model.Value;
        }
    }

    private static Note Note(string path) => Model.FindNote(path) ?? throw new InvalidOperationException(path);

    [Fact]
    public void Every_markdown_file_becomes_a_note_and_other_files_are_listed()
    {
        var root = SharedData.Require("corpus/museumxtd");
        var expected = Directory.GetFiles(root, "*.md", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/')).Order(StringComparer.Ordinal);
        Assert.Equal(expected, Model.Notes.Select(n => n.Path));
        Assert.Contains(Model.Files, f => f.Path == "Notes/MuseumXTD - Programme Forum 2022 (maj 06.10.2022).pdf" && f.Kind == VaultFileKind.Document);
        Assert.Contains(Model.Files, f => f.Path == "images/Logo-Concilio.svg" && f.MediaType == "image/svg+xml");
    }

    [Fact]
    public void All_front_matter_tags_are_recovered()
    {
        var root = SharedData.Require("corpus/museumxtd");
        foreach (var note in Model.Notes)
        {
            var text = File.ReadAllText(Path.Combine(root, note.Path));
            var m = TagsLine().Match(text.StartsWith("---", StringComparison.Ordinal) ? text[..text.IndexOf("\n---", 3, StringComparison.Ordinal)] : string.Empty);
            var expected = m.Success ? m.Groups[1].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(t => t.ToLowerInvariant()).Distinct() : [];
            Assert.Equal(expected, note.Tags.Where(t => t.Source == TagSource.FrontMatter).Select(t => t.Name));
        }
        Assert.Equal(["ressource", "forum", "francais"], Note("Notes/MuseumXTD - Catherine Pugin.md").Tags.Select(t => t.Name));
    }

    [Fact]
    public void Site_wide_title_gives_way_to_the_first_heading_and_aliases_are_read()
    {
        var note = Note("Notes/Comment penser la médiation avec le numérique.md");
        Assert.Equal("Comment penser la médiation avec le numérique?", note.Name);
        Assert.Equal(["Comment penser la médiation avec le numérique?"], note.Aliases);
        Assert.Equal(new Navigation("participation", "Comment penser la médiation avec le numérique?", "UX", null, "Notes/Concevoir l'expérience visiteur.md"), note.Navigation);
        Assert.Equal("Stéphanie Lugon", Note("Notes/Stéphanie Lugon.md").Name);
        Assert.Equal(["Comment rester productif avec le tout numérique?"], Note("Notes/Comment rester productif avec le tout numérique.md").Aliases);
    }

    [Fact]
    public void Every_speaker_line_of_the_programmes_yields_its_person()
    {
        var j1 = Note("Notes/Programme et intervenants J1.md").People.Where(p => p.Role is MentionRole.Speaker or MentionRole.Moderator).ToList();
        var j2 = Note("Notes/Programme et intervenants J2.md").People.Where(p => p.Role is MentionRole.Speaker or MentionRole.Moderator).ToList();
        Assert.Equal(30, j1.Count);
        Assert.Equal(18, j2.Count);
        Assert.All(j1.Concat(j2), p => Assert.NotNull(p.CountryCode));
        // Read in J1: "[Ana Maria Carabelea](…), pour [Ars Electronica](…) (AT), …" gives no job title, and
        // "[Stéphane Kläfiger](…), Muséographe indépendant (CH)" works for no organisation.
        Assert.All(j1.Concat(j2).Where(p => p.Name != "Ana Maria Carabelea"), p => Assert.NotNull(p.JobTitle));
        Assert.All(j1.Concat(j2).Where(p => p.Name != "Stéphane Kläfiger"), p => Assert.NotNull(p.OrganizationName));

        var pugin = Note("Notes/MuseumXTD - Catherine Pugin.md").People.Single();
        Assert.Equal(("Catherine Pugin", "Déléguée au numérique", "Canton de Vaud", "CH"), (pugin.Name, pugin.JobTitle, pugin.OrganizationName, pugin.CountryCode));
        var rivier = j2.Single(p => p.Name == "Delphine Rivier");
        Assert.Equal(("Delphine Rivier", "Directrice", "Musées de Pully"), (rivier.NoteTarget, rivier.JobTitle, rivier.OrganizationName));
        var bolli = j2.Single(p => p.Name == "Laurent Bolli");
        Assert.Equal(("Prof.", "Directeur de projet"), (bolli.Honorific, bolli.JobTitle));
        var camus = j1.Single(p => p.Name == "Alexandre Camus");
        Assert.Equal((MentionRole.Moderator, "Responsable de recherche", "ColLaboratoire"), (camus.Role, camus.JobTitle, camus.OrganizationName));
        var roland = Note("Notes/MuseumXTD - Antoine Roland.md").People.Single();
        Assert.Equal(("Directeur", "CORRESPONDANCES DIGITALES", "FR"), (roland.JobTitle, roland.OrganizationName, roland.CountryCode));
        var fitze = Note("Notes/MuseumXTD - Seemuseum Kreuzlingen.md").People.Single(p => p.Name == "Julian Fitze");
        Assert.Equal(("Responsable Education et médiation", "Seemuseum Kreuzlingen"), (fitze.JobTitle, fitze.OrganizationName));
    }

    [Fact]
    public void Every_attributed_quotation_has_its_creator()
    {
        var quotes = Note("Notes/La stratégie numérique dans les musées. Pour une approche globale du numérique.md").Quotations;
        Assert.Contains(quotes, q => q.PersonName == "Blandine Chavanne" && q.PersonKey == "blandine-chavanne" && q.Text.StartsWith("Profondément participatif", StringComparison.Ordinal));
        Assert.Contains(quotes, q => q.PersonName == "Jean-François Depelsenaire" && q.OrganizationName == "Videomuseum");
        Assert.Contains(quotes, q => q.PersonName == "David de Sousa" && q.OrganizationName == "musée Alfred Danicourt de Péronne");
        var lehmann = Note("Notes/Le numérique, une formidable occasion pour la culture.md").Quotations;
        Assert.Equal(5, lehmann.Count(q => q.Text.Length > 40));
    }

    [Fact]
    public void Quotations_take_their_creator_from_citations_sources_and_the_work_summarised()
    {
        // Resource notes: the summary under "### [Title](url)" names the work's author; the notes' quotations are theirs.
        Assert.All(Note("Notes/Le numérique, une formidable occasion pour la culture.md").Quotations, q => Assert.Equal("Mériol Lehmann", q.PersonName));
        Assert.All(Note("Notes/Le Musée départemental d’art religieux de Sées se double d’un musée numérique.md").Quotations,
            q => Assert.Equal("Florence Caillet-Baraniak", q.PersonName));
        Assert.Equal("Louis Derrac", Assert.Single(Note("Notes/2022, l'année de raison pour le numérique.md").Quotations).PersonName);
        var laval = Assert.Single(Note("Notes/Marketing numérique.md").Quotations);
        Assert.Equal(("Culture Laval", true, null), (laval.OrganizationName, laval.CreatorIsOrganization, laval.PersonName));
        Assert.All(Note("Notes/Stratégie numérique. De l'intention à l'action.md").Quotations, q => Assert.Equal("Virage NumeriCQ", q.OrganizationName));
        // "[[Introduction. Musées et mondes numériques|Source]]" under a quotation: by the author of that note's work.
        var open = Note("Notes/Démarches open et licences libres.md").Quotations;
        Assert.Equal(2, open.Count(q => q.PersonKey == "florence-andreacola" && q.SourcePath == "Notes/Introduction. Musées et mondes numériques.md"));
        // "Selon l’Open Knowledge Foundation, … sont “…"" (mixed quote marks), "selon l'AMS:", a parent item "selon Name, Role au Org:".
        Assert.Contains(open, q => q.OrganizationName == "Open Knowledge Foundation" && q.CreatorIsOrganization);
        Assert.Equal("AMS", Assert.Single(Note("Notes/Quels musées voulons-nous demain.md").Quotations).OrganizationName);
        var vernet = Note("Notes/Numérique et culture, la quête de l’indispensable complémentarité.md").Quotations[0];
        Assert.Equal(("Magalie Vernet", "Louvre-Lens"), (vernet.PersonName, vernet.OrganizationName));
        Assert.Equal("Douglas Hegley", Assert.Single(Note("Notes/The Agile Museum.md").Quotations).PersonName);
        // Someone unnamed speaks: no creator rather than the article's author.
        Assert.Null(Assert.Single(Note("Notes/Innovez ! les injonctions au numérique au travers de l'exemple de deux musées français.md").Quotations).PersonName);
        // Quoted names are not quotations: a fund's name, a section title, an example of wikilink syntax.
        Assert.Empty(Note("Notes/MuseumXTD - Déploiement numérique de l’offre au public, enjeux d’un projet global.md").Quotations);
        Assert.Empty(Note("Notes/Un nouveau musée numérique pour une ère nouvelle.md").Quotations);
        Assert.Empty(Note("Comment éditer les contenus de la plateforme/Notes question et ressource.md").Quotations);

        var all = Model.Notes.SelectMany(n => n.Quotations).ToList();
        var attributed = all.Count(q => q.PersonKey is not null || (q.CreatorIsOrganization && q.OrganizationKey is not null));
        // "Cet article de [Maddyness](…) évoque…" in a later paragraph: the work summarised is theirs.
        var maddyness = Assert.Single(Note("Notes/Comment rester productif avec le tout numérique.md").Quotations);
        Assert.Equal(("Maddyness", true), (maddyness.OrganizationName, maddyness.CreatorIsOrganization));
        // "[Florence Andreacola](…) définit le musée comme une "…"": short, but its sentence names who says it.
        Assert.Contains(Note("Notes/Introduction. Musées et mondes numériques.md").Quotations,
            q => q.Text == "institution transformée et fragmentée par le numérique" && q.PersonKey == "florence-andreacola");
        // A table row headed by "Evard et Krebs (2017)": the note the same citation links to, and its author.
        var cited = Note("Notes/Does Digital Mediation Really Change the Museum Experience. Museomix in the Lyon-Fourvière Archaeological Museum.md").Quotations
            .Where(q => q.SourcePath == "Notes/Authenticité et numérique (Evards et Krebs, 2017).md").ToList();
        Assert.Equal(3, cited.Count);
        Assert.All(cited, q => Assert.Equal("yves-evard", q.PersonKey));
        // Quoted category names of "Roederer, Revat et Pallud (2020)", a citation no note of the vault matches: too short alone.
        Assert.DoesNotContain(all, q => q.Text.StartsWith("Applications", StringComparison.Ordinal));
        Assert.Equal((36, 31), (all.Count, attributed));
    }

    [Fact]
    public void Job_titles_and_quotations_carry_their_own_language()
    {
        var fitze = Note("Notes/MuseumXTD - Seemuseum Kreuzlingen.md").People.Single(p => p.Name == "Julian Fitze");
        Assert.Equal("fr", fitze.JobTitleLanguage);
        var english = Note("Notes/Does Digital Mediation Really Change the Museum Experience. Museomix in the Lyon-Fourvière Archaeological Museum.md").Quotations;
        Assert.Contains(english, q => q.Text.StartsWith("nothing can replace", StringComparison.Ordinal) && q.Language == "en");
        Assert.Contains(english, q => q.Text.StartsWith("Si les technologies", StringComparison.Ordinal) && q.Language == "fr");
        Assert.DoesNotContain(Model.People, p => p.JobTitles.Any(t => t.Text == "Directeur" && t.Language == "en"));
    }

    [Fact]
    public void One_identity_per_person_and_organisation_across_the_vault()
    {
        var pichard = Assert.Single(Model.People, p => p.Name == "Nathalie Pichard");
        Assert.Contains("concilio-sarl", pichard.Affiliations);
        var rivier = Assert.Single(Model.People, p => p.Name == "Delphine Rivier");
        Assert.Equal(["Notes/Delphine Rivier.md"], rivier.SubjectOf);
        var pully = Assert.Single(Model.Organizations, o => o.Key == "musees-de-pully");
        Assert.True(pully.IsMuseum);
        var uniris = Assert.Single(Model.Organizations, o => o.Name == "Uniris");
        Assert.Equal(("Lausanne", "Centre de recherche"), (uniris.Locality, uniris.Kind));
        Assert.Equal(["Traitement et analyse de données", "Reproduction numérique"], uniris.Expertise);
    }

    [Fact]
    public void Resource_notes_link_what_they_summarise_and_back_links_are_typed()
    {
        var note = Note("Notes/Le numérique, une formidable occasion pour la culture.md");
        Assert.Equal("https://www.hub01.org/le-numerique-une-formidable-occasion-pour-la-culture/", note.Resource?.Url);
        Assert.Equal(["Notes/Culture numérique.md", "Notes/Comment mener un projet numérique.md"],
            note.WikiLinks.Where(l => l.Context == LinkContext.AppearsIn).Select(l => l.ResolvedPath));
        var video = Assert.Single(Note("Notes/MuseumXTD - Catherine Pugin.md").Media);
        Assert.Equal((MediaKind.Video, "https://www.youtube.com/embed/9X_lr5SaeIg"), (video.Kind, video.Source));
        Assert.Contains(Model.Diagnostics, d => d.Code == VaultCodes.BrokenExternalLink && d.File == "Notes/Comment penser le marketing et la communication avec le numérique.md");
    }

    [GeneratedRegex(@"^tags:[ \t]*([^\n#]*?)[ \t]*$", RegexOptions.Multiline)]
    private static partial Regex TagsLine();
}
