using Markdig.Syntax.Inlines;

namespace Graph.Vault.Markdown;

/// <summary>A Markdig inline for an Obsidian wikilink <c>[[Target#Heading|Alias]]</c> or embed <c>![[…]]</c>.</summary>
internal sealed class WikiLinkInline : LeafInline
{
    public required string Target { get; init; }
    public string? Heading { get; init; }
    public string? Alias { get; init; }
    public bool IsEmbed { get; init; }
}
