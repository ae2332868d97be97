using Graph.Core.Diagnostics;

namespace Graph.Vault.Model;

/// <summary>
/// One item of a list of resources, as question notes write them: a link (wiki or external) heading the item,
/// followed on the same or next line by a one- or two-sentence summary.
/// <code>
/// 1. [[Some resource note|Shown title]]
///    Summary of the resource in a sentence or two.
/// </code>
/// </summary>
/// <param name="Title">The link's display text.</param>
/// <param name="Target">The wikilink target, when the head is a <c>[[…]]</c> (resolve via <see cref="Note.WikiLinks"/>).</param>
/// <param name="Url">The URL, when the head is an external link.</param>
/// <param name="Summary">The summary as plain text (empty when the item is a bare link).</param>
/// <param name="Position">Line and column of the list item.</param>
/// <param name="ResolvedPath">Set by the resolve pass when <see cref="Target"/> resolves to a note.</param>
public sealed record ResourceEntry(
    string Title,
    string? Target,
    string? Url,
    string Summary,
    TextPosition Position,
    string? ResolvedPath = null);
