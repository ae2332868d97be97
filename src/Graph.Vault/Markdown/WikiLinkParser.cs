using Markdig.Helpers;
using Markdig.Parsers;

namespace Graph.Vault.Markdown;

/// <summary>
/// Parses <c>[[Target]]</c>, <c>[[Target|Alias]]</c>, <c>[[Target#Heading]]</c> and <c>![[Target]]</c>
/// (https://help.obsidian.md/links). Runs before Markdig's link parser; anything else starting with <c>[</c> or
/// <c>!</c> is left to it. A wikilink does not span lines.
/// </summary>
internal sealed class WikiLinkParser : InlineParser
{
    public WikiLinkParser() => OpeningCharacters = ['[', '!'];

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var text = slice.Text;
        var start = slice.Start;
        var embed = text[start] == '!';
        var open = embed ? start + 1 : start;
        if (open + 1 >= slice.End || text[open] != '[' || text[open + 1] != '[') return false;
        var contentStart = open + 2;
        var close = -1;
        for (var i = contentStart; i < slice.End; i++)
        {
            var c = text[i];
            if (c is '\n' or '\r') return false;
            if (c == ']' && i + 1 <= slice.End && text[i + 1] == ']') { close = i; break; }
        }
        if (close < 0) return false;

        var content = text.AsSpan(contentStart, close - contentStart);
        string? alias = null;
        var bar = content.IndexOf('|');
        if (bar >= 0)
        {
            // In a table cell the pipe is escaped: [[Target\|Alias]].
            var targetPart = content[..bar];
            if (targetPart.EndsWith("\\")) targetPart = targetPart[..^1];
            alias = content[(bar + 1)..].Trim().ToString();
            if (alias.Length == 0) alias = null;
            content = targetPart;
        }
        string? heading = null;
        var hash = content.IndexOf('#');
        if (hash >= 0)
        {
            heading = content[(hash + 1)..].Trim().TrimStart('^').ToString();
            if (heading.Length == 0) heading = null;
            content = content[..hash];
        }
        var target = content.Trim().ToString();
        if (target.Length == 0 && heading is null) return false;

        var inlineStart = processor.GetSourcePosition(start, out var line, out var column);
        processor.Inline = new WikiLinkInline
        {
            Target = target,
            Alias = alias,
            Heading = heading,
            IsEmbed = embed,
            Span = new(inlineStart, inlineStart + (close + 2 - start) - 1),
            Line = line,
            Column = column,
        };
        slice.Start = close + 2;
        return true;
    }
}
