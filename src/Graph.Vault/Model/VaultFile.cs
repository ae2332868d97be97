namespace Graph.Vault.Model;

/// <summary>A non-Markdown file of the vault (image, PDF, CSS…), listed but not parsed.</summary>
/// <param name="Path">Vault-relative path with <c>/</c> separators.</param>
/// <param name="Kind">Image, video, audio, document, data or other, from the extension.</param>
/// <param name="MediaType">IANA media type from the extension (<c>image/png</c>), or <c>application/octet-stream</c>.</param>
/// <param name="Length">Size in bytes.</param>
public sealed record VaultFile(string Path, VaultFileKind Kind, string MediaType, long Length);

/// <summary>What a <see cref="VaultFile"/> holds, from its extension.</summary>
public enum VaultFileKind
{
    /// <summary>png, jpg, gif, svg, webp…</summary>
    Image,

    /// <summary>mp4, webm, mov…</summary>
    Video,

    /// <summary>mp3, ogg, wav…</summary>
    Audio,

    /// <summary>pdf, docx, pptx…</summary>
    Document,

    /// <summary>csv, json, yaml (the data folder).</summary>
    Data,

    /// <summary>Anything else (css, js, templates…).</summary>
    Other,
}
