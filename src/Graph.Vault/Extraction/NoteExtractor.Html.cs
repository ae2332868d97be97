using System.Net;
using System.Text.RegularExpressions;
using Graph.Vault.Model;

namespace Graph.Vault.Extraction;

internal sealed partial class NoteExtractor
{
    // HTML in notes is a handful of tags (img, iframe, video, source, a); a tag scanner is enough, and cheaper than a DOM.
    private void ReadHtml(string html, int offset)
    {
        if (!html.Contains('<')) return;
        foreach (Match tag in HtmlTag().Matches(html))
        {
            var name = tag.Groups[1].Value.ToLowerInvariant();
            // Matched once per tag (MatchCollection keeps its matches), then looked up by name.
            var attributes = HtmlAttribute().Matches(tag.Groups[2].Value);
            var position = _map.At(offset + tag.Index);
            switch (name)
            {
                case "img":
                    if (Attribute(attributes, "src") is { } src)
                        _media.Add(new Media(MediaKind.Image, src, Attribute(attributes, "alt") ?? Attribute(attributes, "title"), position,
                            Width: Int(Attribute(attributes, "width")), Height: Int(Attribute(attributes, "height"))));
                    break;
                case "iframe":
                    if (Attribute(attributes, "src") is { } frame)
                        _media.Add(new Media(IsVideoHost(frame) ? MediaKind.Video : MediaKind.Iframe, frame, Attribute(attributes, "title"), position,
                            Width: Int(Attribute(attributes, "width")), Height: Int(Attribute(attributes, "height"))));
                    break;
                case "video":
                case "source" when _media.Count > 0 && _media[^1].Kind == MediaKind.Video && _media[^1].Source.Length == 0:
                    if (Attribute(attributes, "src") is { } video) _media.Add(new Media(MediaKind.Video, video, Attribute(attributes, "title"), position));
                    break;
                case "a":
                    if (Attribute(attributes, "href") is { } href && IsHttp(href))
                        _externalLinks.Add(new ExternalLink(href, Attribute(attributes, "title") ?? string.Empty, ExternalLinkKind.Html, _lineContext, position));
                    break;
                default:
                    break;
            }
        }
    }

    private static string? Attribute(MatchCollection attributes, string name)
    {
        foreach (Match m in attributes)
            if (m.Groups[1].ValueSpan.Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                var value = WebUtility.HtmlDecode(m.Groups[3].Success ? m.Groups[3].Value : m.Groups[4].Success ? m.Groups[4].Value : m.Groups[5].Value).Trim();
                return value.Length == 0 ? null : value;
            }
        return null;
    }

    private static int? Int(string? s) => int.TryParse(s, out var i) ? i : null;

    internal static bool IsVideoHost(string url) =>
        url.Contains("youtube.com/", StringComparison.OrdinalIgnoreCase) || url.Contains("youtube-nocookie.com/", StringComparison.OrdinalIgnoreCase)
        || url.Contains("youtu.be/", StringComparison.OrdinalIgnoreCase) || url.Contains("vimeo.com/", StringComparison.OrdinalIgnoreCase)
        || url.Contains("dailymotion.com/", StringComparison.OrdinalIgnoreCase) || url.Contains("rts.ch/play", StringComparison.OrdinalIgnoreCase)
        || MediaKindOf(url) == MediaKind.Video;

    [GeneratedRegex(@"<(img|iframe|video|source|a)\b([^>]*)>", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlTag();

    [GeneratedRegex(@"([\w:-]+)\s*=\s*(""([^""]*)""|'([^']*)'|([^\s""'>]+))")]
    private static partial Regex HtmlAttribute();
}
