using Graph.Core.Diagnostics;

namespace Graph.Vault.Model;

/// <summary>
/// An organisation named in a note (speaker line, quotation attribution, link text, prose). Identity across the
/// vault is <see cref="OrganizationKey"/> (set by the resolve pass) → <see cref="Organization"/>.
/// </summary>
/// <param name="Name">The name as written, trimmed, leading article dropped (<c>l'Institut national du patrimoine</c> → <c>Institut national du patrimoine</c>).</param>
/// <param name="Url">Its URL when linked, or null.</param>
/// <param name="CountryCode">ISO 3166-1 alpha-2 code when given, or null.</param>
/// <param name="Source">How it was found.</param>
/// <param name="Position">Line and column of the name.</param>
/// <param name="OrganizationKey">Set by the resolve pass.</param>
public sealed record OrganizationMention(
    string Name,
    string? Url,
    string? CountryCode,
    OrganizationSource Source,
    TextPosition Position,
    string? OrganizationKey = null);

/// <summary>Where an organisation was found (a flags set on <see cref="Organization.Sources"/>).</summary>
[Flags]
public enum OrganizationSource
{
    /// <summary>None.</summary>
    None = 0,

    /// <summary>A row of a CSV table in the data folder.</summary>
    Csv = 1,

    /// <summary>A speaker or moderator line.</summary>
    Speaker = 2,

    /// <summary>A quotation attribution.</summary>
    Attribution = 4,

    /// <summary>A link whose text names it (known from elsewhere, or looking like an institution name).</summary>
    Link = 8,

    /// <summary>Running text, by the gazetteer or the institution-name patterns.</summary>
    Prose = 16,
}
