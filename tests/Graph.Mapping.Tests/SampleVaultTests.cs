using Graph.Core.Terms;
using Graph.Core.Vocabularies;
using Void = Graph.Core.Vocabularies.Void;

namespace Graph.Mapping.Tests;

/// <summary>Facts about the sample vault in <c>samples/</c>, checked by reading its notes.</summary>
public sealed class SampleVaultTests
{
    private const string B = "https://example.org/graph/";

    private static IReadOnlyList<Quad> Quads => Conversions.Samples.Quads;

    private static List<Term> Objects(string subject, Iri predicate) =>
        Quads.Where(q => q.Subject.Equals(new Iri(subject)) && q.Predicate.Equals(predicate)).Select(q => q.Object).ToList();

    [Fact]
    public void EveryMarkdownFileIsAnArticleIdentifiedByItsPath()
    {
        var files = Directory.GetFiles(Conversions.SamplesFolder, "*.md", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Conversions.SamplesFolder, f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();
        var articles = Quads.Where(q => q.Predicate.Equals(Rdf.Type) && q.Object.Equals(Schema.Article)).Select(q => q.Subject).ToHashSet();
        var identifiers = Quads.Where(q => q.Predicate.Equals(Schema.Identifier) && articles.Contains(q.Subject))
            .Select(q => ((Literal)q.Object).LexicalForm).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(files, identifiers);
        Assert.Equal(files.Count, Conversions.Samples.Summary.Notes);
    }

    [Fact]
    public void SpeakerLineGivesPersonJobTitleOrganisationAndCountry()
    {
        var sophie = B + "person/sophie-martin";
        Assert.Equal([Literal.String("Sophie Martin")], Objects(sophie, Schema.Name));
        Assert.Equal([Literal.LangString("Responsable des publics", "fr")], Objects(sophie, Schema.JobTitle));
        Assert.Equal([new Iri("https://www.linkedin.com/in/sophie-martin-exemple/")], Objects(sophie, Schema.SameAs));
        Assert.Equal([new Iri(B + "note/sophie-martin")], Objects(sophie, Schema.SubjectOf));
        var meg = B + "organization/musee-d-ethnographie-de-geneve";
        Assert.Equal([new Iri(meg)], Objects(sophie, Schema.WorksFor));
        Assert.Equal([new Iri("https://www.meg.ch/fr")], Objects(meg, Schema.Url));
        Assert.Equal([Literal.String("CH")], Objects(meg + "#address", Schema.AddressCountry));
    }

    [Fact]
    public void HonorificIsSeparatedFromTheName()
    {
        var favre = B + "person/jean-pierre-favre";
        Assert.Equal([Literal.String("Jean-Pierre Favre")], Objects(favre, Schema.Name));
        Assert.Equal([Literal.String("Prof.")], Objects(favre, Schema.HonorificPrefix));
    }

    [Fact]
    public void QuotationsHaveTextWithoutQuoteMarksAndACreator()
    {
        var quotes = Quads.Where(q => q.Predicate.Equals(Rdf.Type) && q.Object.Equals(Schema.Quotation)).Select(q => q.Subject).ToList();
        Assert.Equal(Conversions.Samples.Summary.Quotations, quotes.Count);
        Assert.True(quotes.Count >= 8);
        foreach (var q in quotes)
        {
            var text = Assert.IsType<Literal>(Assert.Single(Objects(((Iri)q).Value, Schema.Text)));
            Assert.NotNull(text.Language);
            Assert.DoesNotMatch("^[\"“«]|[\"”»]$", text.LexicalForm);
            Assert.Single(Objects(((Iri)q).Value, Schema.Creator));
        }
    }

    [Fact]
    public void QuotationsTakeTheirCreatorFromTheirSentenceACitationOrTheArticle()
    {
        Term Quote(string text) => Quads.Single(q => q.Predicate.Equals(Schema.Text) && ((Literal)q.Object).LexicalForm == text).Subject;
        List<Term> CreatorOf(string text) => Objects(((Iri)Quote(text)).Value, Schema.Creator);
        // Notes/Réserves visitables.md: "Léa Hofmann, régisseuse des collections, décrit la réserve comme "…"".
        Assert.Equal([new Iri(B + "person/lea-hofmann")], CreatorOf("la moitié cachée du musée"));
        // ""…", explique Marc Odier, médiateur au Musée du Vieux-Port."
        Assert.Equal([new Iri(B + "person/marc-odier")], CreatorOf("Les visiteurs des réserves posent des questions que les salles ne suscitent jamais"));
        Assert.Equal([new Iri(B + "organization/musee-du-vieux-port")], Objects(B + "person/marc-odier", Schema.WorksFor));
        // No one named around it: the article's, whose author a later paragraph names ("Cet article de [Patrimonia](…)").
        Assert.Equal([new Iri(B + "organization/patrimonia")], CreatorOf("on ne range plus seulement pour retrouver, on range aussi pour montrer"));
        // Notes/Lectures sur les réserves.md: a row headed "Patrimonia (2023)", the label of its link to that note.
        var cited = ((Iri)Quote("une réserve ouverte oblige à documenter chaque objet avant de le montrer")).Value;
        Assert.Equal([new Iri(B + "organization/patrimonia")], Objects(cited, Schema.Creator));
        Assert.Equal([new Iri(B + "note/reserves-visitables")], Objects(cited, Schema.IsBasedOn));
        // Scare quotes and a citation no note matches are no quotations.
        Assert.DoesNotContain(Quads, q => q.Predicate.Equals(Schema.Text) && ((Literal)q.Object).LexicalForm is "réserve vivante" or "des réserves pleines");
    }

    [Fact]
    public void CsvRowsBecomeOrganisationsWithExpertiseAndLocality()
    {
        var faro = B + "organization/studio-faro";
        Assert.Equal([Literal.String("Genève")], Objects(faro + "#address", Schema.AddressLocality));
        Assert.Equal(3, Objects(faro, Schema.KnowsAbout).Count);
        Assert.Contains(new Iri(B + "expertise/animation-2d-3d"), Objects(faro, Schema.KnowsAbout));
        Assert.Equal([Literal.LangString("Animation (2D, 3D)", "fr")], Objects(B + "expertise/animation-2d-3d", Skos.PrefLabel));
        // The CSV says which rows are museums: an agency named "Museum Booster" is not one; Plateforme 10 is.
        Assert.DoesNotContain(Schema.Museum, Objects(B + "organization/museum-booster", Rdf.Type));
        Assert.Contains(Schema.Museum, Objects(B + "organization/plateforme-10", Rdf.Type));
        Assert.Equal([Literal.String("AT")], Objects(B + "organization/museum-booster#address", Schema.AddressCountry));
        Assert.Equal([Literal.String("Vienne")], Objects(B + "organization/museum-booster#address", Schema.AddressLocality));
    }

    [Fact]
    public void TagsInEveryFormAreRecoveredAndLabelled()
    {
        var note = B + "note/numerisation-3d-des-collections";
        Assert.Equal([Literal.String("numerisation"), Literal.String("3d")], Objects(note, Schema.Keywords));
        Assert.Equal([Literal.String("ressource"), Literal.String("opendata"), Literal.String("licences")], Objects(B + "note/open-data-et-musees", Schema.Keywords));
        Assert.Equal([new Iri(B + "topic/numerisation")], Objects(B + "topic/3d", Skos.Broader));
        Assert.Contains(Literal.LangString("Modélisation 3D", "fr"), Objects(B + "topic/3d", Skos.PrefLabel));
        Assert.Equal([new Iri(B + "scheme/topics")], Objects(B + "topic/numerisation", Skos.TopConceptOf));
    }

    [Fact]
    public void NavigationAndResourcesAreLinked()
    {
        Assert.Equal([new Iri(B + "note/comprendre-la-transformation-numerique")], Objects(B + "note/qu-est-ce-qu-une-strategie-numerique", Schema.IsPartOf));
        Assert.Equal([new Iri("https://www.europeana.eu/en")], Objects(B + "note/europeana-a-shared-platform-for-heritage", Schema.IsBasedOn));
        Assert.Equal([Literal.String("en")], Objects(B + "note/europeana-a-shared-platform-for-heritage", Schema.InLanguage));
        Assert.Equal([Literal.String("Europeana")], Objects(B + "note/europeana-a-shared-platform-for-heritage", Schema.AlternateName));
        Assert.Contains(new Iri("https://www.youtube.com/embed/aBcDeFgHiJk"), Objects(B + "note/forum-sophie-martin", new Iri(Schema.Namespace + "video")));
    }

    [Fact]
    public void MessyFilesAreStillNotes()
    {
        // BOM + CRLF, broken front matter, no front matter at all.
        Assert.Equal([Literal.String("Sobriété numérique au musée")], Objects(B + "note/sobriete-numerique-au-musee", Schema.Name));
        Assert.Equal([Literal.Typed("2023-09-18", Xsd.Date)], Objects(B + "note/sobriete-numerique-au-musee", Schema.DateCreated));
        Assert.Single(Objects(B + "note/mesurer-les-publics-en-ligne", Schema.Identifier));
        Assert.Equal([Literal.String("Notes de lecture")], Objects(B + "note/notes-de-lecture-sans-en-tete", Schema.Name));
        Assert.Contains(Conversions.Samples.Diagnostics, d => d.File == "Notes/Mesurer les publics en ligne.md");
    }

    [Fact]
    public void SummaryCountsMatchTheGraph()
    {
        var s = Conversions.Samples.Summary;
        int Count(Iri type) => Quads.Count(q => q.Predicate.Equals(Rdf.Type) && q.Object.Equals(type));
        Assert.Equal(Count(Schema.Person), s.People);
        Assert.Equal(Count(Schema.Organization), s.Organizations);
        Assert.Equal(Quads.Count, s.Triples);
        Assert.Equal(Conversions.Samples.Diagnostics.Count, s.Warnings);
        Assert.True(s.BrokenLinks >= 8, s.ToString());
        var triples = Assert.IsType<Literal>(Assert.Single(Objects(B + "dataset", Void.Triples)));
        Assert.Equal(Quads.Count(q => !IsDatasetDescription(q)), int.Parse(triples.LexicalForm, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void ConversionIsDeterministic()
    {
        var again = VaultConverter.Convert(Conversions.SamplesFolder, new MappingOptions { ReaderOptions = new Vault.VaultReaderOptions { MaxDegreeOfParallelism = 1 } }, TestContext.Current.CancellationToken);
        Assert.Equal(Quads.Select(q => q.ToString()), again.Quads.Select(q => q.ToString()));
    }

    [Fact]
    public void BaseIriOption()
    {
        var other = VaultConverter.Convert(Conversions.SamplesFolder, new MappingOptions { BaseIri = "http://data.example.net/kg" }, TestContext.Current.CancellationToken);
        Assert.All(other.Quads.Select(q => q.Subject).OfType<Iri>().Where(i => i.Value.Contains("/note/", StringComparison.Ordinal)),
            i => Assert.StartsWith("http://data.example.net/kg/note/", i.Value, StringComparison.Ordinal));
    }

    private static bool IsDatasetDescription(Quad q) =>
        q.Subject is Iri s && (s.Value == B + "dataset" || s.Value.StartsWith(B + "dataset/", StringComparison.Ordinal) || s.Value.StartsWith(B + "graph.", StringComparison.Ordinal));
}
