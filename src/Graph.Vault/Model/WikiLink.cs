using Graph.Core.Diagnostics;

namespace Graph.Vault.Model;

/// <summary>
/// An Obsidian internal link (https://help.obsidian.md/links): <c>[[Target]]</c>, <c>[[Target|Alias]]</c>,
/// <c>[[Target#Heading]]</c>, <c>[[Target#^block]]</c>, or an embed <c>![[Target]]</c>.
/// </summary>
/// <param name="Target">The target as written, trimmed, without heading or alias (a note name, a title, an alias or a path;
/// may be empty for <c>[[#Heading]]</c>, a link inside the same note).</param>
/// <param name="Alias">The display text after <c>|</c>, or null.</param>
/// <param name="Heading">The heading after <c>#</c> (without a leading <c>^</c> block marker), or null.</param>
/// <param name="IsEmbed">True for <c>![[…]]</c>.</param>
/// <param name="Context">What the surrounding text says about the link.</param>
/// <param name="Position">Line and column of the first <c>[</c> (or of the <c>!</c> of an embed).</param>
/// <param name="ResolvedPath">Set by the resolve pass: the vault-relative path of the note or file it points to, or null when broken.</param>
public sealed record WikiLink(
    string Target,
    string? Alias,
    string? Heading,
    bool IsEmbed,
    LinkContext Context,
    TextPosition Position,
    string? ResolvedPath = null)
{
    /// <summary>The text a reader sees: the alias, else the target (with its heading).</summary>
    public string DisplayText => Alias ?? (Heading is null ? Target : Target.Length == 0 ? Heading : $"{Target} > {Heading}");

    /// <summary>True once resolved to a note or file of the vault.</summary>
    public bool IsResolved => ResolvedPath is not null;
}

/// <summary>What the text around a link says about it.</summary>
public enum LinkContext
{
    /// <summary>An ordinary link in the body.</summary>
    Body,

    /// <summary>After "Apparaît dans" / "Appears in": the linked note lists this one (a back-link, <c>schema:isPartOf</c>-like).</summary>
    AppearsIn,

    /// <summary>After "Ressource similaire" / "Similar resource": a related note.</summary>
    Similar,

    /// <summary>The head of an item in a list of resources (see <see cref="ResourceEntry"/>).</summary>
    ResourceList,

    /// <summary>In a heading.</summary>
    Heading,

    /// <summary>Names a person (a speaker line written with <c>[[Person note]]</c>).</summary>
    Person,
}
