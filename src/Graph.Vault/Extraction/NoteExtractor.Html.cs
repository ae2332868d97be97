using System.Net;
using System.Text.RegularExpressions;
using Graph.Vault.Model;

namespace Graph.Vault.Extraction;

internal sealed partial class NoteExtractor
{
    // HTML in notes is a handful of tags (img, iframe, video, source, a); a tag scanner is enough, and cheaper than a DOM.
    // The regexes only find where tags and attributes are (EnumerateMatches: no Match, Group or substring objects);
    // names and values are read off the matched text, whose shape the patterns fix.
    private void ReadHtml(string html, int offset)
    {
        if (!html.Contains('<')) return;
        var attributes = _scratch.Attributes;
        Span<char> buffer = stackalloc char[8];
        foreach (var tag in HtmlTag().EnumerateMatches(html))
        {
            var text = html.AsSpan(tag.Index, tag.Length);
            // '<', the name (letters, ended by a word boundary), the attributes up to the first '>'.
            var nameLength = 1;
            while (char.IsLetter(text[1 + nameLength])) nameLength++;
            var lowered = buffer[..text.Slice(1, nameLength).ToLowerInvariant(buffer)];
            var attributeText = text[(1 + nameLength)..^1];
            attributes.Clear();
            foreach (var a in HtmlAttribute().EnumerateMatches(attributeText)) attributes.Add((a.Index, a.Length));
            var position = _map.At(offset + tag.Index);
            switch (TagName(lowered))
            {
                case "img":
                    if (Attribute(attributeText, attributes, "src") is { } src)
                        _media.Add(new Media(MediaKind.Image, src, Attribute(attributeText, attributes, "alt") ?? Attribute(attributeText, attributes, "title"), position,
                            Width: Int(Attribute(attributeText, attributes, "width")), Height: Int(Attribute(attributeText, attributes, "height"))));
                    break;
                case "iframe":
                    if (Attribute(attributeText, attributes, "src") is { } frame)
                        _media.Add(new Media(IsVideoHost(frame) ? MediaKind.Video : MediaKind.Iframe, frame, Attribute(attributeText, attributes, "title"), position,
                            Width: Int(Attribute(attributeText, attributes, "width")), Height: Int(Attribute(attributeText, attributes, "height"))));
                    break;
                case "video":
                case "source" when _media.Count > 0 && _media[^1].Kind == MediaKind.Video && _media[^1].Source.Length == 0:
                    if (Attribute(attributeText, attributes, "src") is { } video) _media.Add(new Media(MediaKind.Video, video, Attribute(attributeText, attributes, "title"), position));
                    break;
                case "a":
                    if (Attribute(attributeText, attributes, "href") is { } href && IsHttp(href))
                        _externalLinks.Add(new ExternalLink(href, Attribute(attributeText, attributes, "title") ?? string.Empty, ExternalLinkKind.Html, _lineContext, position));
                    break;
                default:
                    break;
            }
        }
    }

    private static string? TagName(ReadOnlySpan<char> lowered) => lowered switch
    {
        "img" => "img",
        "iframe" => "iframe",
        "video" => "video",
        "source" => "source",
        "a" => "a",
        _ => null,
    };

    // The value of the first attribute called name (any case), HTML-decoded and trimmed, or null when absent or empty.
    // A match is name \s* = \s* ("value" | 'value' | value): the name ends at the first space or '='.
    private static string? Attribute(ReadOnlySpan<char> text, List<(int Index, int Length)> attributes, string name)
    {
        foreach (var (index, length) in attributes)
        {
            var match = text.Slice(index, length);
            var nameEnd = 0;
            while (!char.IsWhiteSpace(match[nameEnd]) && match[nameEnd] != '=') nameEnd++;
            if (!match[..nameEnd].Equals(name, StringComparison.OrdinalIgnoreCase)) continue;
            var value = match[nameEnd..].TrimStart()[1..].TrimStart();
            if (value[0] is '"' or '\'') value = value[1..^1];
            var decoded = WebUtility.HtmlDecode(value.ToString()).Trim();
            return decoded.Length == 0 ? null : decoded;
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
