namespace Graph.Vault.Model;

/// <summary>
/// An Eleventy navigation entry (<c>eleventyNavigation: {key, title, parent, order}</c>,
/// https://www.11ty.dev/docs/plugins/navigation/): <see cref="Key"/> names this note in the site's menu tree,
/// <see cref="Parent"/> the key of the entry above it (<c>schema:isPartOf</c>).
/// </summary>
/// <param name="Key">This entry's key, trimmed, or null when empty.</param>
/// <param name="Title">The menu title, or null.</param>
/// <param name="Parent">The parent entry's key, or null for a top entry.</param>
/// <param name="Order">The <c>order</c> value, when it is an integer.</param>
/// <param name="ParentPath">Set by the resolve pass: the path of the note whose key is <see cref="Parent"/>.</param>
public sealed record Navigation(string? Key, string? Title, string? Parent, int? Order = null, string? ParentPath = null);
