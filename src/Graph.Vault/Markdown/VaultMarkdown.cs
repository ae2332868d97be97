using Markdig;
using Markdig.Parsers.Inlines;

namespace Graph.Vault.Markdown;

/// <summary>
/// The Markdig pipeline for vault notes: CommonMark plus what Obsidian vaults use (wikilinks, footnotes, pipe tables,
/// bare URLs). Built once; a Markdig pipeline is thread-safe for parsing.
/// </summary>
internal static class VaultMarkdown
{
    public static readonly MarkdownPipeline Pipeline = Build(withWikiLinks: true, withTables: true);

    // Every pipe table row, delimiter row and table cell has a '|': a body without one parses to the same tree without
    // the table parsers, which otherwise watch every line break of every paragraph (and keep a state for each).
    private static readonly MarkdownPipeline WithoutTables = Build(withWikiLinks: true, withTables: false);

    /// <summary>The same pipeline without the wikilink parser: the baseline "Markdig alone" of the benchmarks.</summary>
    public static readonly MarkdownPipeline Baseline = Build(withWikiLinks: false, withTables: true);

    private static readonly MarkdownPipeline BaselineWithoutTables = Build(withWikiLinks: false, withTables: false);

    /// <summary><see cref="Pipeline"/>, or the same without the pipe table parsers when <paramref name="body"/> has no '|'.</summary>
    public static MarkdownPipeline For(string body) => body.Contains('|') ? Pipeline : WithoutTables;

    /// <summary><see cref="Baseline"/> chosen as <see cref="For"/> chooses: what "Markdig alone" must parse with to be fair.</summary>
    public static MarkdownPipeline BaselineFor(string text) => text.Contains('|') ? Baseline : BaselineWithoutTables;

    private static MarkdownPipeline Build(bool withWikiLinks, bool withTables)
    {
        var builder = new MarkdownPipelineBuilder().UseFootnotes();
        if (withTables) builder.UsePipeTables();
        builder.UseAutoLinks().UsePreciseSourceLocation();
        if (withWikiLinks)
        {
            var index = builder.InlineParsers.FindIndex(p => p is LinkInlineParser);
            builder.InlineParsers.Insert(Math.Max(0, index), new WikiLinkParser());
        }
        return builder.Build();
    }
}
