using System.Text;
using System.Text.RegularExpressions;
using Graph.Vault.Markdown;
using Graph.Vault.Model;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Graph.Vault.Extraction;

internal sealed partial class NoteExtractor
{
    private void WalkInlines(ContainerInline container)
    {
        for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    AddText(literal.Content.AsSpan(), literal.Span.Start);
                    break;
                case CodeInline code:
                    _line!.Add(new Segment(SegmentKind.Text, code.Content, null, _map.At(code.Span.Start)));
                    break;
                case HtmlEntityInline entity:
                    _line!.Add(new Segment(SegmentKind.Text, entity.Transcoded.ToString(), null, _map.At(entity.Span.Start)));
                    break;
                case LineBreakInline lineBreak:
                    NewLine(lineBreak.Span.End + 1);
                    break;
                case WikiLinkInline wiki:
                    AddWikiLink(wiki);
                    break;
                case LinkInline link:
                    AddLink(link);
                    break;
                case AutolinkInline auto:
                    AddExternal(auto.IsEmail ? "mailto:" + auto.Url : auto.Url, auto.Url, ExternalLinkKind.Autolink, auto.Span.Start);
                    break;
                case HtmlInline html:
                    if (html.Tag.StartsWith("<br", StringComparison.OrdinalIgnoreCase)) NewLine(html.Span.End + 1);
                    else ReadHtml(html.Tag, html.Span.Start);
                    break;
                case ContainerInline child:
                    WalkInlines(child);
                    break;
                default:
                    break;
            }
        }
    }

    // A literal's characters go straight from Markdig's text into the line: no string of its own unless someone asks.
    private void AddText(ReadOnlySpan<char> text, int offset)
    {
        if (MayOpenBackLink(text) && AllBlank(_line!.Segments) && BackLinkPrefix().IsMatch(text))
        {
            var m = BackLinkPrefix().Match(text.ToString());
            _lineContext = m.Groups[1].Value.StartsWith("App", StringComparison.OrdinalIgnoreCase) ? LinkContext.AppearsIn : LinkContext.Similar;
        }
        var position = _map.At(offset);
        _line!.AddText(text, position);
        // A match is '#' then the tag (the look-behind takes no characters).
        if (text.Contains('#'))
            foreach (var m in InlineTag().EnumerateMatches(text))
                _inlineTags.Add((text.Slice(m.Index + 1, m.Length - 1).ToString(), position with { Column = position.Column + m.Index }));
    }

    private static bool AllBlank(List<Segment> segments)
    {
        foreach (var s in segments)
            if (s.Kind != SegmentKind.Text || !s.Span.IsWhiteSpace()) return false;
        return true;
    }

    private void AddWikiLink(WikiLinkInline wiki)
    {
        var position = _map.At(wiki.Span.Start);
        var context = _lineBlock == LineBlock.Heading ? LinkContext.Heading : _lineContext;
        // ![[photo.png]] embeds an attachment: it is media (resolved against the vault's files), not a link to a note.
        if (wiki.IsEmbed && MediaKindOf(wiki.Target) is { } kind) _media.Add(new Media(kind, wiki.Target, wiki.Alias, position));
        else _wikiLinks.Add(new WikiLink(wiki.Target, wiki.Alias, wiki.Heading, wiki.IsEmbed, context, position));
        var display = wiki.Alias ?? (wiki.Target.Length > 0 ? wiki.Target : wiki.Heading ?? string.Empty);
        _line!.Add(new Segment(SegmentKind.WikiLink, display, wiki.Target, position));
    }

    private void AddLink(LinkInline link)
    {
        var position = _map.At(link.Span.Start);
        var url = (link.GetDynamicUrl?.Invoke() ?? link.Url ?? string.Empty).Trim();
        if (link.IsImage)
        {
            var alt = PlainText(link);
            _media.Add(new Media(MediaKindOf(url) ?? MediaKind.Image, url, alt.Length == 0 ? NullIfEmpty(link.Title) : alt, position));
            _line!.Add(new Segment(SegmentKind.Image, string.Empty, url, position));
            return;
        }
        // An image inside a link ([![logo](a.png)](https://…)) is a media too.
        // Only a link holding inline containers can hold an image: most links are text alone, and skip the walk.
        if (HasContainerChild(link))
            foreach (var child in link.Descendants<LinkInline>())
                if (child.IsImage)
                    _media.Add(new Media(MediaKind.Image, child.Url ?? string.Empty, NullIfEmpty(PlainText(child)), _map.At(child.Span.Start)));

        var text = CollapseSpaces(PlainText(link));
        if (link.IsAutoLink)
        {
            AddExternal(url, string.Empty, ExternalLinkKind.Bare, link.Span.Start);
            return;
        }
        if (url.Length > 0 && !HasScheme(url) && !url.StartsWith('/') && !url.StartsWith('#'))
        {
            // [text](Other%20note.md): an internal link written the Markdown way.
            var target = Uri.UnescapeDataString(url);
            string? heading = null;
            if (target.IndexOf('#') is var hash and >= 0) { heading = target[(hash + 1)..]; target = target[..hash]; }
            if (target.EndsWith(".md", StringComparison.OrdinalIgnoreCase)) target = target[..^3];
            _wikiLinks.Add(new WikiLink(target, text.Length == 0 ? null : text, heading, false, _lineContext, position));
            _line!.Add(new Segment(SegmentKind.WikiLink, text.Length == 0 ? target : text, target, position));
            return;
        }
        var broken = url.Length == 0 || url.StartsWith("app://", StringComparison.OrdinalIgnoreCase) || url.StartsWith("obsidian://", StringComparison.OrdinalIgnoreCase);
        if (broken)
            Warn(VaultCodes.BrokenExternalLink, url.Length == 0 ? $"link '{Excerpt.Of(text)}' has an empty URL" : $"link '{Excerpt.Of(text)}' points to an editor-local URL '{Excerpt.Of(url)}'", position);
        _externalLinks.Add(new ExternalLink(url, text, ExternalLinkKind.Markdown, _lineContext, position, broken));
        _line!.Add(new Segment(SegmentKind.Link, text, broken ? null : url, position));
    }

    private void AddExternal(string url, string text, ExternalLinkKind kind, int offset)
    {
        var position = _map.At(offset);
        _externalLinks.Add(new ExternalLink(url, text, kind, _lineContext, position));
        _line?.Add(new Segment(SegmentKind.Link, text.Length == 0 ? url : text, url, position));
    }

    private static bool HasContainerChild(ContainerInline container)
    {
        for (var i = container.FirstChild; i is not null; i = i.NextSibling)
            if (i is ContainerInline) return true;
        return false;
    }

    private string PlainText(ContainerInline container)
    {
        // Most link texts are one literal: its text, without a builder.
        if (container.FirstChild is LiteralInline only && only.NextSibling is null) return only.Content.ToString();
        if (container.FirstChild is null) return string.Empty;
        var sb = _scratch.Join.Clear();
        Append(container, sb);
        return sb.ToString();

        static void Append(ContainerInline c, StringBuilder sb)
        {
            for (var i = c.FirstChild; i is not null; i = i.NextSibling)
            {
                switch (i)
                {
                    case LiteralInline l: sb.Append(l.Content.AsSpan()); break;
                    case CodeInline code: sb.Append(code.Content); break;
                    case HtmlEntityInline e: sb.Append(e.Transcoded.AsSpan()); break;
                    case LineBreakInline: sb.Append(' '); break;
                    case WikiLinkInline w: sb.Append(w.Alias ?? w.Target); break;
                    case LinkInline { IsImage: true }: break;
                    case ContainerInline child: Append(child, sb); break;
                    default: break;
                }
            }
        }
    }

    internal static bool HasScheme(string url)
    {
        var colon = url.IndexOf(':');
        if (colon <= 0) return false;
        for (var i = 0; i < colon; i++)
            if (!(char.IsAsciiLetterOrDigit(url[i]) || url[i] is '+' or '-' or '.')) return false;
        return true;
    }

    internal static bool IsHttp(string? url) =>
        url is not null && (url.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || url.StartsWith("https://", StringComparison.OrdinalIgnoreCase));

    private static string? NullIfEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    internal static MediaKind? MediaKindOf(string source)
    {
        var path = source;
        var q = path.IndexOfAny(['?', '#']);
        if (q >= 0) path = path[..q];
        return System.IO.Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".png" or ".jpg" or ".jpeg" or ".gif" or ".svg" or ".webp" or ".bmp" or ".avif" or ".tif" or ".tiff" => MediaKind.Image,
            ".mp4" or ".webm" or ".mov" or ".m4v" or ".ogv" or ".mkv" => MediaKind.Video,
            ".pdf" => MediaKind.Document,
            _ => null,
        };
    }

    // Obsidian tags: '#' then letters, digits, '_', '-', '/', with at least one non-digit; not inside a word or URL.
    [GeneratedRegex(@"(?<![\p{L}\p{N}_&/#:.\]\)])#([\p{L}\p{N}_/-]*[\p{L}_][\p{L}\p{N}_/-]*)")]
    private static partial Regex InlineTag();
}
