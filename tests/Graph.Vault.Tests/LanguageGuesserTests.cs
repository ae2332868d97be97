using Graph.Vault.Extraction;

namespace Graph.Vault.Tests;

public sealed class LanguageGuesserTests
{
    [Theory]
    [InlineData("Head of Digital", "fr", "en")]
    [InlineData("Curator of prints", "fr", "en")]
    [InlineData("Responsable Education et médiation", "en", "fr")]
    [InlineData("Directeur", "en", "fr")]
    [InlineData("Leiterin Vermittlung", "fr", "de")]
    [InlineData("CEO", "fr", "fr")]
    [InlineData("Designer", "en", "en")]
    [InlineData("Collections", "de", "de")]
    public void Short_texts_are_judged_by_their_own_words_else_take_the_fallback(string text, string fallback, string expected) =>
        Assert.Equal(expected, LanguageGuesser.OfShortText(text, fallback));

    [Fact]
    public void A_guess_needs_enough_words_and_a_clear_lead()
    {
        Assert.Null(LanguageGuesser.Guess("Le musée", minimumHits: 3));
        Assert.Equal("en", LanguageGuesser.Guess("The museum and the city are part of the same story.", minimumHits: 3));
        // A French sentence quoting an English title: French still leads by far.
        Assert.Equal("fr", LanguageGuesser.Guess("Le rapport « The state of the museum » est une lecture utile pour les équipes et les directions des musées.", minimumHits: 3));
        // As many English as French words: no confident answer.
        Assert.Null(LanguageGuesser.Guess("the and of le la les", minimumHits: 3));
        // Words with letters beyond ASCII ("für", "FÜR") count; a function word ending the text counts; "été" is none.
        Assert.Equal("de", LanguageGuesser.Guess("Ein Haus FÜR Kinder, für alle: été", minimumHits: 3));
        Assert.Null(LanguageGuesser.Guess("Ein Haus für Kinder été", minimumHits: 3));
        Assert.Equal("en", LanguageGuesser.Guess("museum-of-the-city_and", minimumHits: 3));
    }

    [Fact]
    public void A_note_declares_its_language_in_tags_or_front_matter()
    {
        Assert.Equal("en", LanguageGuesser.ForNote(["english"], [], "Le musée est ouvert et les salles sont grandes."));
        Assert.Equal("de", LanguageGuesser.ForNote([], [new("lang", "de-CH")], "Short."));
        Assert.Equal("en", LanguageGuesser.ForNote([], [new("language", "English")], "Short."));
        Assert.Null(LanguageGuesser.ForNote([], [], "Short note."));
    }
}
