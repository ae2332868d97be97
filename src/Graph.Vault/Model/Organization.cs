namespace Graph.Vault.Model;

/// <summary>
/// One organisation across the vault: every <see cref="OrganizationMention"/> and CSV row with the same URL (host and
/// path, scheme and <c>www.</c> ignored) or the same normalised name merged.
/// </summary>
/// <param name="Key">Stable ASCII slug of the name (<c>musees-de-pully</c>), unique in the vault.</param>
/// <param name="Name">The CSV name when there is one, else the most frequent spelling.</param>
/// <param name="AlternateNames">Other spellings seen, sorted.</param>
/// <param name="Url">The main URL (CSV first, else the most frequent), or null.</param>
/// <param name="Locality">Town or city (CSV <c>Localisation</c>), or null.</param>
/// <param name="Kind">Nature as written in the CSV (<c>Musée</c>, <c>Agence</c>, <c>PME</c>…), or null.</param>
/// <param name="CountryCode">ISO 3166-1 alpha-2, or null.</param>
/// <param name="Expertise">Expertise values (CSV expertise columns), trimmed, distinct, in column order.</param>
/// <param name="IsMuseum">True when the kind or the name says museum (Musée, Museum, Museo, Muzeum, -museum).</param>
/// <param name="Sources">Every way it was found.</param>
/// <param name="Columns">For CSV organisations, the row as header → value (headers trimmed), for mapping by configuration.</param>
/// <param name="MentionedIn">Paths of every note naming it, sorted.</param>
public sealed record Organization(
    string Key,
    string Name,
    IReadOnlyList<string> AlternateNames,
    string? Url,
    string? Locality,
    string? Kind,
    string? CountryCode,
    IReadOnlyList<string> Expertise,
    bool IsMuseum,
    OrganizationSource Sources,
    IReadOnlyList<KeyValuePair<string, string>> Columns,
    IReadOnlyList<string> MentionedIn);
