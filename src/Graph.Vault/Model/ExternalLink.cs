using Graph.Core.Diagnostics;

namespace Graph.Vault.Model;

/// <summary>
/// A link to outside the vault: a Markdown link <c>[text](url)</c>, an autolink <c>&lt;url&gt;</c>, a bare URL, or an HTML
/// <c>&lt;a href&gt;</c>. Links to the vault's own files (relative paths) are <see cref="WikiLink"/>s or <see cref="Media"/>.
/// </summary>
/// <param name="Url">The URL as written, trimmed (may be empty or <c>app://obsidian.md/…</c> when <see cref="IsBroken"/>).</param>
/// <param name="Text">The link text as plain text (empty for a bare URL).</param>
/// <param name="Kind">How it was written.</param>
/// <param name="Context">What the surrounding text says about it.</param>
/// <param name="Position">Line and column of the link's first character.</param>
/// <param name="IsBroken">True when the URL is empty, not absolute http(s)/mailto, or an editor-local <c>app://</c> link.</param>
public sealed record ExternalLink(
    string Url,
    string Text,
    ExternalLinkKind Kind,
    LinkContext Context,
    TextPosition Position,
    bool IsBroken = false)
{
    /// <summary>The host in lower case without <c>www.</c>, or empty when the URL does not parse.</summary>
    public string Host => Uri.TryCreate(Url, UriKind.Absolute, out var u) ? u.Host.ToLowerInvariant().Replace("www.", "", StringComparison.Ordinal) : string.Empty;
}

/// <summary>How an external link was written.</summary>
public enum ExternalLinkKind
{
    /// <summary><c>[text](url)</c>.</summary>
    Markdown,

    /// <summary><c>&lt;https://…&gt;</c> (CommonMark autolink).</summary>
    Autolink,

    /// <summary>A URL in running text (GFM extended autolink).</summary>
    Bare,

    /// <summary>An HTML <c>&lt;a href="…"&gt;</c>.</summary>
    Html,
}
