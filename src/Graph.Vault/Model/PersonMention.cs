using Graph.Core.Diagnostics;

namespace Graph.Vault.Model;

/// <summary>
/// A person named in a note: a speaker line (<c>[Name](profile) </c> then <c>Role, [Organisation](url) (CH)</c>),
/// a moderator ("Modération par …"), the author of a quotation, or the subject of a biography note.
/// Identity across the vault is <see cref="PersonKey"/> (set by the resolve pass) → <see cref="Person"/>.
/// </summary>
/// <param name="Name">Full name without honorific, whitespace collapsed (e.g. <c>Laurent Bolli</c>).</param>
/// <param name="Honorific">Honorific prefix as written (<c>Prof.</c>, <c>Dr</c>, <c>Mme</c>…), or null.</param>
/// <param name="JobTitle">Role or job title as written, trimmed (e.g. <c>Directrice</c>), or null.</param>
/// <param name="JobTitleLanguage">Language of <see cref="JobTitle"/> (the note's language), or null.</param>
/// <param name="OrganizationName">The organisation named with the role, or null.</param>
/// <param name="OrganizationUrl">Its URL when linked (absolute http(s)), or null.</param>
/// <param name="CountryCode">ISO 3166-1 alpha-2 code from a trailing <c>(CH)</c>, upper case, or null.</param>
/// <param name="ProfileUrls">Profile URLs linked from the name (LinkedIn, personal page…), absolute http(s) only.</param>
/// <param name="NoteTarget">The wikilink target when the name is written <c>[[Person note]]</c>, or null.</param>
/// <param name="Role">Why the person is named.</param>
/// <param name="Position">Line and column of the name.</param>
/// <param name="PersonKey">Set by the resolve pass: the <see cref="Person.Key"/> of this person.</param>
/// <param name="OrganizationKey">Set by the resolve pass: the <see cref="Organization.Key"/> of the organisation.</param>
public sealed record PersonMention(
    string Name,
    string? Honorific,
    string? JobTitle,
    string? JobTitleLanguage,
    string? OrganizationName,
    string? OrganizationUrl,
    string? CountryCode,
    IReadOnlyList<string> ProfileUrls,
    string? NoteTarget,
    MentionRole Role,
    TextPosition Position,
    string? PersonKey = null,
    string? OrganizationKey = null);

/// <summary>Why a person is named in a note.</summary>
public enum MentionRole
{
    /// <summary>A speaker line of a programme or talk note.</summary>
    Speaker,

    /// <summary>"Modération par …" / "Moderated by …".</summary>
    Moderator,

    /// <summary>The author of a <see cref="Quotation"/>.</summary>
    QuotationAuthor,

    /// <summary>The person a biography note is about.</summary>
    Subject,

    /// <summary>Linked or listed by name in the text (e.g. <c>[Name](linkedin-url)</c> in a paragraph).</summary>
    Mentioned,
}
