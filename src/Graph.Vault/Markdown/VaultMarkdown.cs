using Markdig;
using Markdig.Parsers.Inlines;

namespace Graph.Vault.Markdown;

/// <summary>
/// The Markdig pipeline for vault notes: CommonMark plus what Obsidian vaults use (wikilinks, footnotes, pipe tables,
/// bare URLs). Built once; a Markdig pipeline is thread-safe for parsing.
/// </summary>
internal static class VaultMarkdown
{
    public static readonly MarkdownPipeline Pipeline = Build(withWikiLinks: true);

    /// <summary>The same pipeline without the wikilink parser: the baseline "Markdig alone" of the benchmarks.</summary>
    public static readonly MarkdownPipeline Baseline = Build(withWikiLinks: false);

    private static MarkdownPipeline Build(bool withWikiLinks)
    {
        var builder = new MarkdownPipelineBuilder()
            .UseFootnotes()
            .UsePipeTables()
            .UseAutoLinks()
            .UsePreciseSourceLocation();
        if (withWikiLinks)
        {
            var index = builder.InlineParsers.FindIndex(p => p is LinkInlineParser);
            builder.InlineParsers.Insert(Math.Max(0, index), new WikiLinkParser());
        }
        return builder.Build();
    }
}
