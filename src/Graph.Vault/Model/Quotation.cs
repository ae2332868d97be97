using Graph.Core.Diagnostics;

namespace Graph.Vault.Model;

/// <summary>
/// A quotation with its attribution: <c>"…" (Name, Directeur de Organisation)</c>, <c>“…”</c>, <c>« … »</c>, a blockquote
/// followed or ended by <c>— Name</c>, or "Commentaires de Name, CEO of [[Org]]: “…”". Quotations without an
/// attribution are kept too (their creator is then null) since the mapping may still type them as <c>schema:Quotation</c>.
/// </summary>
/// <param name="Text">The quoted text without its quote marks, whitespace collapsed, inner <c>[...]</c> kept.</param>
/// <param name="Language">Language of the text (guessed from the quote, else the note's), or null.</param>
/// <param name="PersonName">The attributed person's name (no honorific), or null.</param>
/// <param name="PersonRole">The attributed person's role as written (<c>Directeur de Videomuseum</c>), or null.</param>
/// <param name="OrganizationName">The organisation in the attribution (<c>Videomuseum</c>), or null.</param>
/// <param name="Position">Line and column of the opening quote mark.</param>
/// <param name="PersonKey">Set by the resolve pass: the creator's <see cref="Person.Key"/>.</param>
/// <param name="OrganizationKey">Set by the resolve pass: the organisation's <see cref="Organization.Key"/>.</param>
/// <param name="SourceTarget">The wikilink target of the note the quotation is taken from (<c>[[Note|Source]]</c>), or null.</param>
/// <param name="CreatorIsOrganization">True when the quotation is by the organisation (<c>selon l'AMS: "…"</c>), not by a person.</param>
/// <param name="SourcePath">Set by the resolve pass: the path of the note <see cref="SourceTarget"/> names.</param>
public sealed record Quotation(
    string Text,
    string? Language,
    string? PersonName,
    string? PersonRole,
    string? OrganizationName,
    TextPosition Position,
    string? PersonKey = null,
    string? OrganizationKey = null,
    string? SourceTarget = null,
    bool CreatorIsOrganization = false,
    string? SourcePath = null);
