namespace Graph.Mapping;

/// <summary>What a conversion produced, for the summary <c>graph convert</c> prints.</summary>
/// <param name="Notes">Notes (Markdown files) converted, each a <c>schema:Article</c>.</param>
/// <param name="People">Distinct people.</param>
/// <param name="Organizations">Distinct organisations.</param>
/// <param name="Quotations">Quotations.</param>
/// <param name="Topics">Topic concepts (tags and the broader tags they imply).</param>
/// <param name="Links">Wikilinks and external links in all notes.</param>
/// <param name="BrokenLinks">Wikilinks that resolve to nothing and external links with an empty or editor-local URL.</param>
/// <param name="Media">Images, videos and other media described.</param>
/// <param name="Warnings">Warnings from reading and mapping.</param>
/// <param name="Triples">Statements produced, the dataset description included.</param>
public sealed record ConversionSummary(
    int Notes,
    int People,
    int Organizations,
    int Quotations,
    int Topics,
    int Links,
    int BrokenLinks,
    int Media,
    int Warnings,
    int Triples)
{
    public override string ToString() =>
        $"{Notes} notes, {People} people, {Organizations} organisations, {Quotations} quotations, {Topics} topics, " +
        $"{Links} links ({BrokenLinks} broken), {Media} media, {Triples} triples, {Warnings} warnings";
}
