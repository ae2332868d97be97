using Graph.Core.Diagnostics;

namespace Graph.Vault.Model;

/// <summary>
/// A tag (https://help.obsidian.md/tags). <see cref="Name"/> is normalised: no <c>#</c>, trimmed, lower case;
/// nested tags keep their <c>/</c> (<c>musee/numerique</c>), so <see cref="Parent"/> is the broader tag.
/// </summary>
/// <param name="Name">Normalised name, e.g. <c>ressource</c>, <c>projet/vaud</c>.</param>
/// <param name="Original">As first written, without <c>#</c> (keeps case and accents).</param>
/// <param name="Source">Where it was first found.</param>
/// <param name="Position">Where it was first found in the file (line and column of the value or of the <c>#</c>).</param>
public sealed record Tag(string Name, string Original, TagSource Source, TextPosition Position)
{
    /// <summary>The broader tag of a nested tag (<c>a</c> for <c>a/b</c>), or null.</summary>
    public string? Parent => Name.LastIndexOf('/') is var i and > 0 ? Name[..i] : null;
}

/// <summary>Where a tag was written.</summary>
public enum TagSource
{
    /// <summary>In the front matter <c>tags</c> (string, list, or <c>#a #b</c> recovered from the raw text).</summary>
    FrontMatter,

    /// <summary>Inline in the body, <c>#tag</c>.</summary>
    Inline,
}
