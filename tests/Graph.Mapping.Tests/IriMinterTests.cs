using Graph.Mapping.Iris;

namespace Graph.Mapping.Tests;

public sealed class IriMinterTests
{
    private const string B = "https://example.org/graph/";

    [Theory]
    [InlineData("Numérique et musée", "numerique-et-musee")]
    [InlineData("Qu'est-ce qu'une stratégie numérique?", "qu-est-ce-qu-une-strategie-numerique")]
    [InlineData("L’œuvre — Ærøskøbing & Straße", "l-oeuvre-aeroskobing-strasse")]
    [InlineData("  2022, l'année ", "2022-l-annee")]
    [InlineData("日本", "")]
    public void SlugsAreReadableAscii(string text, string slug) => Assert.Equal(slug, Slug.Of(text));

    [Fact]
    public void CollidingFileNamesFallBackToTheirPaths()
    {
        var minter = new IriMinter(B, ["Notes/Index.md", "Navigation/Index.md", "Notes/Other.md"]);
        Assert.Equal(B + "note/notes-index", minter.Note("Notes/Index.md").Value);
        Assert.Equal(B + "note/navigation-index", minter.Note("Navigation/Index.md").Value);
        Assert.Equal(B + "note/other", minter.Note("Notes/Other.md").Value);
    }

    [Fact]
    public void SlugsAreStableAcrossUnrelatedNotes()
    {
        var alone = new IriMinter(B, ["Notes/A.md"]);
        var more = new IriMinter(B, ["Notes/A.md", "Notes/B.md", "Other/C.md"]);
        Assert.Equal(alone.Note("Notes/A.md"), more.Note("Notes/A.md"));
    }

    [Fact]
    public void PathsThatSlugTheSameGetAHash()
    {
        var minter = new IriMinter(B, ["a/Été.md", "a/ete.md"]);
        var one = minter.Note("a/Été.md").Value;
        var two = minter.Note("a/ete.md").Value;
        Assert.NotEqual(one, two);
        Assert.Matches("^" + B + "note/a-ete-[0-9a-f]{8}$", one);
    }

    [Fact]
    public void QuoteIrisDependOnTheNoteAndTheTextOnly()
    {
        var minter = new IriMinter(B, ["Notes/Talk.md"]);
        var q = minter.Quote("Notes/Talk.md", "Les objets ont trouvé un public.", 1);
        Assert.Matches("^" + B + "quote/talk-[0-9a-f]{8}$", q.Value);
        Assert.Equal(q, new IriMinter(B, ["Notes/Talk.md", "Notes/Other.md"]).Quote("Notes/Talk.md", "Les objets ont trouvé un public.", 1));
        Assert.Equal(q.Value + "-2", minter.Quote("Notes/Talk.md", "Les objets ont trouvé un public.", 2).Value);
    }

    [Fact]
    public void TopicsKeepTheirHierarchy() =>
        Assert.Equal(B + "topic/musee/numerique", new IriMinter(B, []).Topic("musée/numérique").Value);
}
