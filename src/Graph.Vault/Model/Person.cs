namespace Graph.Vault.Model;

/// <summary>
/// One real person across the vault: all <see cref="PersonMention"/>s with the same profile URL or the same normalised
/// name (case, accents, honorific and punctuation ignored) merged.
/// </summary>
/// <param name="Key">Stable ASCII slug of the name (<c>laurent-bolli</c>), unique in the vault; a suffix <c>-2</c>… only on clashes.</param>
/// <param name="Name">The most frequent spelling (ties: first by note path), without honorific.</param>
/// <param name="Honorific">An honorific prefix used for them, or null.</param>
/// <param name="JobTitles">Distinct job titles with their language, in first-seen order.</param>
/// <param name="Affiliations">Distinct <see cref="Organization.Key"/>s they work for, in first-seen order.</param>
/// <param name="CountryCode">The country code of their speaker lines, or null.</param>
/// <param name="ProfileUrls">Distinct profile URLs, sorted ordinally.</param>
/// <param name="SubjectOf">Paths of notes about the person (biography notes, talk notes headed by their speaker line), sorted.</param>
/// <param name="MentionedIn">Paths of every note naming them, sorted.</param>
public sealed record Person(
    string Key,
    string Name,
    string? Honorific,
    IReadOnlyList<JobTitle> JobTitles,
    IReadOnlyList<string> Affiliations,
    string? CountryCode,
    IReadOnlyList<string> ProfileUrls,
    IReadOnlyList<string> SubjectOf,
    IReadOnlyList<string> MentionedIn);

/// <summary>A job title as written, with its language (BCP 47, e.g. <c>fr</c>) when known.</summary>
public sealed record JobTitle(string Text, string? Language);
