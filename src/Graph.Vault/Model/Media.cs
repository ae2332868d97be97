using Graph.Core.Diagnostics;

namespace Graph.Vault.Model;

/// <summary>
/// An image, video or embedded frame in a note: <c>![alt](src)</c>, <c>&lt;img src&gt;</c>, <c>&lt;iframe src&gt;</c>,
/// <c>&lt;video&gt;</c>, or an embed <c>![[file.png]]</c> of a vault file.
/// </summary>
/// <param name="Kind">Image, video or iframe (an iframe from a known video host is <see cref="MediaKind.Video"/>).</param>
/// <param name="Source">The <c>src</c> as written (absolute URL, site path like <c>/images/a.png</c>, or vault file name).</param>
/// <param name="Title">Alt text or <c>title</c> attribute, or null.</param>
/// <param name="Position">Line and column of the element.</param>
/// <param name="ResolvedPath">Set by the resolve pass when <see cref="Source"/> names a file of the vault.</param>
/// <param name="Width">The <c>width</c> attribute when numeric.</param>
/// <param name="Height">The <c>height</c> attribute when numeric.</param>
public sealed record Media(
    MediaKind Kind,
    string Source,
    string? Title,
    TextPosition Position,
    string? ResolvedPath = null,
    int? Width = null,
    int? Height = null)
{
    /// <summary>True when <see cref="Source"/> is an absolute http(s) URL.</summary>
    public bool IsExternal => Source.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || Source.StartsWith("https://", StringComparison.OrdinalIgnoreCase);
}

/// <summary>The kind of a <see cref="Media"/> (→ <c>schema:ImageObject</c>, <c>schema:VideoObject</c>, <c>schema:MediaObject</c>).</summary>
public enum MediaKind
{
    /// <summary>A picture.</summary>
    Image,

    /// <summary>A video (a <c>&lt;video&gt;</c> or an iframe from YouTube, Vimeo, Dailymotion…).</summary>
    Video,

    /// <summary>Any other embedded frame (a map, a slide deck…).</summary>
    Iframe,

    /// <summary>An embedded vault file that is neither a picture nor a video (a PDF, a note).</summary>
    Document,
}
