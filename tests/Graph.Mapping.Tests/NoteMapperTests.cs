using Graph.Core.Diagnostics;
using Graph.Core.Terms;
using Graph.Core.Vocabularies;
using Graph.Vault.Model;

namespace Graph.Mapping.Tests;

public sealed class NoteMapperTests
{
    private const string B = "https://example.org/graph/";

    private static List<Quad> Convert(params Note[] notes) => VaultConverter.Convert(Models.Vault(notes), new MappingOptions { DescribeDataset = false }).Quads.ToList();

    private static List<Term> Objects(List<Quad> quads, string subject, Iri predicate) =>
        quads.Where(q => q.Subject.Equals(new Iri(subject)) && q.Predicate.Equals(predicate)).Select(q => q.Object).ToList();

    [Fact]
    public void NoteBecomesAnArticleWithItsPathAsIdentifier()
    {
        var quads = Convert(Models.Note("Notes/Numérique et musée.md", name: "Numérique et musée", tags: ["ressource"],
            text: "Le corps.", @abstract: "Le corps.", date: new DateOnly(2023, 3, 14), aliases: ["Numérique?"]));
        var s = B + "note/numerique-et-musee";
        Assert.Equal([Schema.Article], Objects(quads, s, Rdf.Type));
        Assert.Equal([Literal.String("Notes/Numérique et musée.md")], Objects(quads, s, Schema.Identifier));
        Assert.Equal([Literal.String("Numérique et musée")], Objects(quads, s, Schema.Name));
        Assert.Equal([Literal.String("Numérique?")], Objects(quads, s, Schema.AlternateName));
        Assert.Equal([Literal.Typed("2023-03-14", Xsd.Date)], Objects(quads, s, Schema.DateCreated));
        Assert.Equal([Literal.String("ressource")], Objects(quads, s, Schema.Keywords));
        Assert.Equal([new Iri(B + "topic/ressource")], Objects(quads, s, Schema.About));
        Assert.Equal([Literal.String("fr")], Objects(quads, s, Schema.InLanguage));
        Assert.Equal([Literal.LangString("Le corps.", "fr")], Objects(quads, s, Schema.Abstract));
        Assert.Equal([Literal.LangString("Le corps.", "fr")], Objects(quads, s, Schema.Text));
    }

    [Fact]
    public void TagTypeAndDefaultLanguageComeFromTheConfiguration()
    {
        var quads = Convert(Models.Note("a/Rapport.md", tags: ["rapport"], language: null, text: "x"));
        Assert.Equal([Schema.Article, new Iri("http://schema.org/Report")], Objects(quads, B + "note/rapport", Rdf.Type));
        Assert.Equal([Literal.String("fr")], Objects(quads, B + "note/rapport", Schema.InLanguage));
        Assert.Equal([Literal.LangString("x", "fr")], Objects(quads, B + "note/rapport", Schema.Text));
    }

    [Fact]
    public void ABrokenLinkNeverPointsToAnExistingNote()
    {
        // [[Foo bar]] does not match Foo-bar.md (hyphen and space differ), but both slug to foo-bar: the broken link
        // gets a hashed slug rather than the existing note's IRI.
        var existing = Models.Note("Foo-bar.md");
        var linking = Models.Note("Linking.md", links: [Models.Link("Foo bar", null)]);
        var mentioned = Assert.Single(Objects(Convert(existing, linking), B + "note/linking", Schema.Mentions));
        Assert.StartsWith(B + "note/foo-bar-", ((Iri)mentioned).Value, StringComparison.Ordinal);
    }

    [Fact]
    public void LinksBecomeMentionsAndNavigationBecomesParts()
    {
        var parent = Models.Note("Index.md");
        var child = Models.Note("Notes/Child.md",
            links: [Models.Link("Index", "Index.md"), Models.Link("Nowhere", null), Models.Link("Child", "Notes/Child.md"), Models.Link("pic.png", "images/pic.png")],
            navigation: new Navigation("child", "Child", "index", null, "Index.md"));
        var quads = Convert(parent, child);
        // The broken [[Nowhere]] points to the IRI such a note would have, which nothing describes.
        Assert.Equal([new Iri(B + "note/index"), new Iri(B + "note/nowhere")], Objects(quads, B + "note/child", Schema.Mentions));
        Assert.DoesNotContain(quads, q => q.Subject.Equals(new Iri(B + "note/nowhere")));
        Assert.Equal([new Iri(B + "note/index")], Objects(quads, B + "note/child", Schema.IsPartOf));
        Assert.Equal([new Iri(B + "note/child")], Objects(quads, B + "note/index", Schema.HasPart));
    }

    [Fact]
    public void ResourceIsBasedOnAndOtherLinksAreCitationsExceptProfilesAndBrokenOnes()
    {
        var p = TextPosition.None;
        var note = Models.Note("R.md",
            resource: new ResourceSummary("https://example.com/report", "Report", p),
            external:
            [
                new ExternalLink("https://example.com/report", "Report", ExternalLinkKind.Markdown, LinkContext.Body, p),
                new ExternalLink("https://other.example/page", "Page", ExternalLinkKind.Markdown, LinkContext.Body, p),
                new ExternalLink("https://www.linkedin.com/in/ada/", "Ada", ExternalLinkKind.Markdown, LinkContext.Body, p),
                new ExternalLink("", "broken", ExternalLinkKind.Markdown, LinkContext.Body, p, IsBroken: true),
                new ExternalLink("mailto:a@example.org", "mail", ExternalLinkKind.Markdown, LinkContext.Body, p),
            ],
            people: [new PersonMention("Ada", null, null, null, null, null, null, ["https://www.linkedin.com/in/ada/"], null, MentionRole.Speaker, p)]);
        var quads = Convert(note);
        Assert.Equal([new Iri("https://example.com/report")], Objects(quads, B + "note/r", Schema.IsBasedOn));
        Assert.Equal([new Iri("https://other.example/page")], Objects(quads, B + "note/r", Schema.Citation));
    }

    [Fact]
    public void MediaBecomeImageAndVideoObjects()
    {
        var p = TextPosition.None;
        var quads = Convert(Models.Note("M.md", media:
        [
            new Media(MediaKind.Video, "https://www.youtube.com/embed/abc", "Talk", p),
            new Media(MediaKind.Image, "pic.png", null, p, ResolvedPath: "images/pic.png"),
            new Media(MediaKind.Image, "missing.png", null, p),
        ]));
        Assert.Equal([new Iri("https://www.youtube.com/embed/abc")], Objects(quads, B + "note/m", new Iri(Schema.Namespace + "video")));
        Assert.Equal([Schema.VideoObject], Objects(quads, "https://www.youtube.com/embed/abc", Rdf.Type));
        Assert.Equal([new Iri("https://www.youtube.com/embed/abc")], Objects(quads, "https://www.youtube.com/embed/abc", Schema.EmbedUrl));
        Assert.Equal([new Iri(B + "media/images-pic-png")], Objects(quads, B + "note/m", Schema.Image));
        Assert.Equal([Literal.String("images/pic.png")], Objects(quads, B + "media/images-pic-png", Schema.Identifier));
    }

    [Fact]
    public void InvalidUrlsAreWarnedAndLeftOut()
    {
        var result = VaultConverter.Convert(Models.Vault([Models.Note("R.md", resource: new ResourceSummary("not a url", "x", new TextPosition(3, 5)))]));
        Assert.DoesNotContain(result.Quads, q => q.Predicate.Equals(Schema.IsBasedOn));
        Assert.Equal(["R.md(3,5): warning GM001: 'not a url' is not an absolute URL; not linked"], result.Diagnostics.Select(d => d.ToString()));
    }
}
