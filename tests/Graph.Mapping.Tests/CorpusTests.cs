using System.Text.RegularExpressions;
using Graph.Core.Terms;
using Graph.Core.Vocabularies;
using Graph.Testing;

namespace Graph.Mapping.Tests;

/// <summary>
/// The museum corpus (<c>../shared/corpus/museumxtd</c>, skipped when absent) through the whole converter. Each fact
/// below was checked by reading the notes it names.
/// </summary>
public sealed partial class CorpusTests
{
    private const string B = "https://example.org/graph/";

    private static IReadOnlyList<Quad> Quads => Conversions.Corpus().Quads;

    private static List<Term> Objects(string subject, Iri predicate) =>
        Quads.Where(q => q.Subject.Equals(new Iri(subject)) && q.Predicate.Equals(predicate)).Select(q => q.Object).ToList();

    private static Term NoteOf(string path) =>
        Quads.Single(q => q.Predicate.Equals(Schema.Identifier) && q.Object.Equals(Literal.String(path))).Subject;

    [Fact]
    public void EveryMarkdownFileIsAnArticle()
    {
        var root = SharedData.Require("corpus/museumxtd");
        var files = Directory.GetFiles(root, "*.md", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(root, f).Replace('\\', '/')).ToList();
        Assert.Equal(files.Count, Conversions.Corpus().Summary.Notes);
        foreach (var f in files)
            Assert.Contains(Schema.Article, Objects(((Iri)NoteOf(f)).Value, Rdf.Type));
    }

    [Fact]
    public void SpeakerWithJobTitleOrganisationAndCountry()
    {
        // Notes/MuseumXTD - Catherine Pugin.md: a two-line speaker line, then a YouTube iframe.
        var pugin = B + "person/catherine-pugin";
        Assert.Equal([Literal.LangString("Déléguée au numérique", "fr")], Objects(pugin, Schema.JobTitle));
        Assert.Equal([new Iri("https://www.linkedin.com/in/catherinepugin/")], Objects(pugin, Schema.SameAs));
        var vaud = Assert.IsType<Iri>(Assert.Single(Objects(pugin, Schema.WorksFor)));
        Assert.Equal([Literal.String("Canton de Vaud")], Objects(vaud.Value, Schema.Name));
        Assert.Equal([Literal.String("CH")], Objects(vaud.Value + "#address", Schema.AddressCountry));
        var talk = ((Iri)NoteOf("Notes/MuseumXTD - Catherine Pugin.md")).Value;
        Assert.Equal([new Iri("https://www.youtube.com/embed/9X_lr5SaeIg")], Objects(talk, new Iri(Schema.Namespace + "video")));
        Assert.Equal([Literal.String("ressource"), Literal.String("forum"), Literal.String("francais")], Objects(talk, Schema.Keywords));
    }

    [Fact]
    public void ModeratorOfTheDay()
    {
        // Notes/Programme et intervenants J1.md: "Modération de la journée par [Zelda Chauvet](…), Journaliste & Productrice, [La Souris Verte](…) (CH)".
        var zelda = B + "person/zelda-chauvet";
        Assert.Equal([Literal.LangString("Journaliste & Productrice", "fr")], Objects(zelda, Schema.JobTitle));
        var org = Assert.IsType<Iri>(Assert.Single(Objects(zelda, Schema.WorksFor)));
        Assert.Equal([new Iri("https://lasourisverte.ch/")], Objects(org.Value, Schema.Url));
    }

    [Fact]
    public void ResourceNoteIsBasedOnTheReportItSummarises() =>
        // Notes/Rapports NEMO.md opens with "### [NEMO reports on COVID-19 and museums (2020 & 2021).](https://www.ne-mo.org/…)".
        Assert.Equal([new Iri("https://www.ne-mo.org/advocacy/our-advocacy-work/museums-during-covid-19.html")],
            Objects(((Iri)NoteOf("Notes/Rapports NEMO.md")).Value, Schema.IsBasedOn));

    [Fact]
    public void QuestionNoteHasAliasAndNavigationParent()
    {
        // Notes/Comment mener un projet numérique.md: alias [Comment mener un projet numérique?], parent: gererenv.
        var note = ((Iri)NoteOf("Notes/Comment mener un projet numérique.md")).Value;
        Assert.Equal([Literal.String("Comment mener un projet numérique?")], Objects(note, Schema.AlternateName));
        Assert.Equal([Literal.String("Comment mener un projet numérique?")], Objects(note, Schema.Name));
        var parent = Assert.IsType<Iri>(Assert.Single(Objects(note, Schema.IsPartOf)));
        Assert.Contains(new Iri(note), Objects(parent.Value, Schema.HasPart));
    }

    [Fact]
    public void EveryFrontMatterTagIsAKeyword()
    {
        var root = SharedData.Require("corpus/museumxtd");
        var missing = new List<string>();
        foreach (var file in Directory.GetFiles(root, "*.md", SearchOption.AllDirectories))
        {
            var path = Path.GetRelativePath(root, file).Replace('\\', '/');
            var keywords = Objects(((Iri)NoteOf(path)).Value, Schema.Keywords).Select(k => ((Literal)k).LexicalForm).ToHashSet();
            foreach (var tag in FrontMatterTags(File.ReadAllLines(file)))
                if (!keywords.Contains(tag)) missing.Add($"{path}: {tag}");
        }
        Assert.Empty(missing);
    }

    [Fact]
    public void EverySpeakerLineYieldsItsPerson()
    {
        var root = SharedData.Require("corpus/museumxtd");
        var problems = new List<string>();
        var checkedLines = 0;
        foreach (var file in Directory.GetFiles(Path.Combine(root, "Notes"), "*.md"))
        {
            foreach (var line in File.ReadAllLines(file))
            {
                var m = SpeakerLine().Match(line);
                if (!m.Success) continue;
                checkedLines++;
                var profile = new Iri(m.Groups["profile"].Value);
                var person = Quads.Where(q => q.Predicate.Equals(Schema.SameAs) && q.Object.Equals(profile)).Select(q => q.Subject).FirstOrDefault();
                if (person is null) { problems.Add($"no person with profile {profile}: {line}"); continue; }
                var p = ((Iri)person).Value;
                if (Objects(p, Schema.JobTitle).Count == 0) problems.Add($"no job title: {line}");
                var employers = Objects(p, Schema.WorksFor).OfType<Iri>().ToList();
                var country = Literal.String(m.Groups["country"].Value);
                if (!employers.Any(e => Objects(e.Value + "#address", Schema.AddressCountry).Contains(country)))
                    problems.Add($"no employer in {country.LexicalForm}: {line}");
            }
        }
        Assert.True(checkedLines >= 30, $"only {checkedLines} speaker lines found");
        Assert.Empty(problems);
    }

    [Fact]
    public void EveryQuotationHasItsCreator()
    {
        // Read in the notes: these quotations name no one who could be their creator. Each is listed with why.
        (string Note, string Start, string Why)[] unattributable =
        [
            ("Notes/Construire la durabilité de nos musées.md", "assumer sa responsabilité sociale",
                "a definition from the synthesis of a workshop with 54 speakers; the note names none of them as its author"),
            ("Notes/Construire la durabilité de nos musées.md", "la réduction de l’impact carbone",
                "same synthesis, same workshop"),
            ("Notes/Numérique et culture, la quête de l’indispensable complémentarité.md", "on a observé durant le premier confinement",
                "said by one of three panellists the note does not name (the item has no 'selon' and no speaker)"),
            ("Notes/Innovez ! les injonctions au numérique au travers de l'exemple de deux musées français.md", "Le numérique serait catastrophique",
                "'Le responsable du service des publics explique:' — the speaker is unnamed"),
            ("Notes/Does Digital Mediation Really Change the Museum Experience. Museomix in the Lyon-Fourvière Archaeological Museum.md", "Si les technologies améliorent",
                "a finding of the study, whose authors the note calls only 'les auteurs'"),
        ];
        var quotations = Quads.Where(q => q.Predicate.Equals(Rdf.Type) && q.Object.Equals(Schema.Quotation)).Select(q => ((Iri)q.Subject).Value).ToList();
        var without = new List<string>();
        foreach (var quote in quotations)
        {
            if (Objects(quote, Schema.Creator).Count > 0) continue;
            var text = ((Literal)Assert.Single(Objects(quote, Schema.Text))).LexicalForm;
            var note = ((Iri)Assert.Single(Objects(quote, Schema.IsPartOf))).Value;
            var path = ((Literal)Assert.Single(Objects(note, Schema.Identifier))).LexicalForm;
            if (!unattributable.Any(u => u.Note == path && text.StartsWith(u.Start, StringComparison.Ordinal))) without.Add($"{path}: {text}");
        }
        Assert.Empty(without);
        // Each listed one is still emitted (else the list is stale) and nothing else lacks a creator.
        Assert.Equal(36, quotations.Count);
        Assert.Equal(31, quotations.Count(q => Objects(q, Schema.Creator).Count > 0));
    }

    [Fact]
    public void QuotationsOfACitedWorkAreByItsAuthor()
    {
        // Notes/Does Digital Mediation….md: a table row headed "Evard et Krebs (2017)" quotes the work of
        // [[Authenticité et numérique (Evards et Krebs, 2017)|Evrard et Krebs (2017)]], whose summary opens "[Yves Evard](profile) et Anne Krebs…".
        var source = NoteOf("Notes/Authenticité et numérique (Evards et Krebs, 2017).md");
        var cited = Quads.Where(q => q.Predicate.Equals(Schema.IsBasedOn) && q.Object.Equals(source)).Select(q => ((Iri)q.Subject).Value).ToList();
        Assert.Equal(3, cited.Count);
        Assert.All(cited, q => Assert.Equal([new Iri(B + "person/yves-evard")], Objects(q, Schema.Creator)));
        Assert.Equal([new Iri("https://www.researchgate.net/profile/Yves-Evrard")], Objects(B + "person/yves-evard", Schema.SameAs));
        // Notes/Introduction. Musées et mondes numériques.md: "[Florence Andreacola](…) définit le musée comme une "…"".
        var andreacola = Quads.Single(q => q.Predicate.Equals(Schema.Text) && ((Literal)q.Object).LexicalForm == "institution transformée et fragmentée par le numérique").Subject;
        Assert.Equal([new Iri(B + "person/florence-andreacola")], Objects(((Iri)andreacola).Value, Schema.Creator));
    }

    [Fact]
    public void NotesAboutAPersonAreTheirSubject()
    {
        // Only two notes are biographies: named after a person, their text says "Name est directrice des Musées de
        // Pully…" / "Name est conservatrice de La Muette…". Talk notes ("MuseumXTD - Catherine Pugin") are by a speaker, not about them.
        var about = Quads.Where(q => q.Predicate.Equals(Schema.SubjectOf)).Select(q => (((Iri)q.Subject).Value[B.Length..], ((Iri)q.Object).Value)).Order().ToList();
        Assert.Equal([("person/delphine-rivier", ((Iri)NoteOf("Notes/Delphine Rivier.md")).Value), ("person/stephanie-lugon", ((Iri)NoteOf("Notes/Stéphanie Lugon.md")).Value)], about);
        Assert.Equal([Literal.LangString("Directrice", "fr")], Objects(B + "person/delphine-rivier", Schema.JobTitle));
        Assert.Equal([new Iri(B + "organization/musees-de-pully")], Objects(B + "person/delphine-rivier", Schema.WorksFor));
    }

    // "- [Name](profile), Role, [Organisation](url) (CH)" — the one-line form of the programme notes.
    [GeneratedRegex(@"^\s*-?\s*(Modération par\s+)?\[(?<name>[^\]]+)\]\((?<profile>https?://[^)\s]+)\),\s*(?<role>[^\[\]]+?),\s*\[(?<org>[^\]]+)\]\((?<url>https?://[^)\s]+)\s*\)\s*\((?<country>[A-Z]{2})\)\s*$")]
    private static partial Regex SpeakerLine();

    /// <summary>Tags as the front matter writes them: a string of words, <c>#a #b</c>, or a YAML list.</summary>
    private static IEnumerable<string> FrontMatterTags(string[] lines)
    {
        if (lines.Length == 0 || lines[0].Trim('\uFEFF').Trim() != "---") yield break;
        for (var i = 1; i < lines.Length && lines[i].Trim() != "---"; i++)
        {
            if (!lines[i].StartsWith("tags:", StringComparison.Ordinal)) continue;
            var value = lines[i]["tags:".Length..].Trim().Trim('[', ']');
            var items = value.Length > 0
                ? value.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries)
                : lines.Skip(i + 1).TakeWhile(l => l.TrimStart().StartsWith('-')).Select(l => l.TrimStart().TrimStart('-').Trim()).ToArray();
            foreach (var item in items)
                if (item.Trim('#').Trim() is { Length: > 0 } t) yield return t.ToLowerInvariant();
        }
    }
}
