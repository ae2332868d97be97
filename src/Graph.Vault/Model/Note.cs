using Graph.Core.Diagnostics;

namespace Graph.Vault.Model;

/// <summary>
/// One Markdown file of the vault, as read by the extract pass and completed by the later passes
/// (links resolved, mentions tied to <see cref="Person"/> / <see cref="Organization"/> identities).
/// </summary>
/// <param name="Path">Vault-relative path with <c>/</c> separators, e.g. <c>Notes/One-by-One.md</c> (the note's identifier).</param>
/// <param name="FileName">File name without the <c>.md</c> extension, e.g. <c>One-by-One</c>.</param>
/// <param name="FrontMatter">The YAML front matter (empty when absent or broken).</param>
/// <param name="Name">The note's display name: the front-matter title when it is specific to the note (not the
/// site-wide title), else the first heading's plain text, else <see cref="FileName"/>.</param>
/// <param name="Aliases">Alternate names from <c>alias</c>/<c>aliases</c>, trimmed, empty values dropped, in file order.</param>
/// <param name="Tags">Tags from the front matter and inline <c>#tags</c>, normalised, distinct, in first-seen order.</param>
/// <param name="Date">The front-matter <c>date</c>, when it parses in one of the accepted formats.</param>
/// <param name="Navigation">The <c>eleventyNavigation</c> block, when it has at least one non-empty field.</param>
/// <param name="Language">BCP 47 primary language guessed from tags (<c>english</c>, <c>francais</c>…) then from the text
/// (<c>fr</c>, <c>en</c>, <c>de</c>), or null when the note has too little text to tell.</param>
/// <param name="Headings">Every heading, in document order.</param>
/// <param name="Abstract">Plain text of the first paragraph of prose (not a heading, list, link-only or speaker line), or empty.</param>
/// <param name="Text">Plain text of the whole body (no Markdown or HTML syntax, paragraphs separated by blank lines).</param>
/// <param name="WikiLinks">Every <c>[[…]]</c> and <c>![[…]]</c>, in document order, with their resolution.</param>
/// <param name="ExternalLinks">Markdown links, autolinks and bare URLs to other sites, in document order.</param>
/// <param name="Media">Images, videos and iframes, in document order.</param>
/// <param name="Footnotes">Footnote definitions, in document order.</param>
/// <param name="Resources">Items of lists of resources (a link followed by a one-line summary), in document order.</param>
/// <param name="Resource">For a resource note: the external resource it summarises (<c>schema:isBasedOn</c>), or null.</param>
/// <param name="People">Person mentions (speakers, moderators, quotation authors, the person a note is about), in document order.</param>
/// <param name="Quotations">Quotations with their attribution, in document order.</param>
/// <param name="Organizations">Organisation mentions (speaker lines, attributions, link texts, prose), in document order.</param>
/// <param name="About">The key of the <see cref="Person"/> the note is about (a biography note), or null.</param>
public sealed record Note(
    string Path,
    string FileName,
    FrontMatter FrontMatter,
    string Name,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<Tag> Tags,
    DateOnly? Date,
    Navigation? Navigation,
    string? Language,
    IReadOnlyList<Heading> Headings,
    string Abstract,
    string Text,
    IReadOnlyList<WikiLink> WikiLinks,
    IReadOnlyList<ExternalLink> ExternalLinks,
    IReadOnlyList<Media> Media,
    IReadOnlyList<Footnote> Footnotes,
    IReadOnlyList<ResourceEntry> Resources,
    ResourceSummary? Resource,
    IReadOnlyList<PersonMention> People,
    IReadOnlyList<Quotation> Quotations,
    IReadOnlyList<OrganizationMention> Organizations,
    string? About = null)
{
    /// <summary>The folder part of <see cref="Path"/> (<c>Notes</c> for <c>Notes/One-by-One.md</c>), empty at the root.</summary>
    public string Folder => Path.LastIndexOf('/') is var i and >= 0 ? Path[..i] : string.Empty;
}
