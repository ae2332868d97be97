using System.Text.RegularExpressions;
using Graph.Core.Diagnostics;
using Graph.Vault.Extraction;
using Graph.Vault.Model;

namespace Graph.Vault.People;

/// <summary>
/// Finds speaker lines, the way programme and talk notes present people:
/// <code>
/// [Name](profile-url)
/// Role, [Organisation](url) (CH)
/// - [Name](profile-url), Role, [Organisation](url) (CH)
/// - [[Person note]], Role, [Organisation](url) (CH)
/// Modération par [Name](url), Role, [Organisation](url), Unit (CH)
/// Name
/// Role, [Organisation](url) (CH)
/// </code>
/// A line counts when its head is a person's name and it has a role line that ends with a country code, links an
/// organisation, or follows "Modération par".
/// </summary>
internal static partial class SpeakerLines
{
    public static void Find(IReadOnlyList<TextLine> lines, string? language, List<PersonMention> people, List<OrganizationMention> organizations)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Block is not (LineBlock.Paragraph or LineBlock.TableCell)) continue;
            if (!MayBeSpeakerLine(lines, i))
            {
                if (PrefilterCheck.Misses is { } misses && Read(lines, i, language, [], [], out _)) misses.Enqueue("speaker line: " + lines[i].Plain);
                continue;
            }
            if (Read(lines, i, language, people, organizations, out var usedNext) && usedNext) i++;
        }
    }

    // What every speaker line has, tested on the segments as they are (no trimming, no copy, no regex): a country code
    // "(CH)" on the line or on the next line of its paragraph (LooksLikeRoleLine needs one), a head linking a
    // profile page (the lone-link form), or a first text that may open "Modération par" (a moderator needs no country).
    // Most prose lines have none of them.
    private static bool MayBeSpeakerLine(IReadOnlyList<TextLine> lines, int i)
    {
        var line = lines[i];
        if (HasCountryCode(line.Segments)) return true;
        if (i + 1 < lines.Count && lines[i + 1].BlockId == line.BlockId && HasCountryCode(lines[i + 1].Segments)) return true;
        foreach (var s in line.Segments)
        {
            if (s.Kind == SegmentKind.Image || (s.Kind == SegmentKind.Text && s.Span.IsWhiteSpace())) continue;
            return s.Kind switch
            {
                SegmentKind.Text => s.Span.TrimStart()[0] is 'M' or 'm' or 'A' or 'a',
                SegmentKind.Link => s.Url is { } url && IsProfileHost(url),
                _ => false,
            };
        }
        return false;
    }

    // May the line's text hold CountryCode, "(CH)"? Read in each segment; a segment ending inside the pattern counts as
    // yes, since the rest may be in the next one.
    private static bool HasCountryCode(List<Segment> segments)
    {
        foreach (var s in segments)
        {
            var text = s.Span;
            for (var at = text.IndexOf('('); at >= 0; at = NextParenthesis(text, at))
            {
                var j = at + 1;
                while (j < text.Length && char.IsWhiteSpace(text[j])) j++;
                if (j + 2 > text.Length) return true;
                if (!char.IsAsciiLetterUpper(text[j]) || !char.IsAsciiLetterUpper(text[j + 1])) continue;
                j += 2;
                while (j < text.Length && char.IsWhiteSpace(text[j])) j++;
                if (j == text.Length || text[j] == ')') return true;
            }
        }
        return false;
    }

    private static int NextParenthesis(ReadOnlySpan<char> text, int at)
    {
        var next = text[(at + 1)..].IndexOf('(');
        return next < 0 ? -1 : at + 1 + next;
    }

    // Line i as a speaker line (with the next line of its paragraph as its role line, usedNext): true when it added one.
    private static bool Read(IReadOnlyList<TextLine> lines, int i, string? language, List<PersonMention> people, List<OrganizationMention> organizations, out bool usedNext)
    {
        usedNext = false;
        var line = lines[i];
        if (!MayOpenSpeakerLine(line.Segments)) return false;
        var segments = Trim(line.Segments);
        if (segments.Count == 0) return false;

        var role = MentionRole.Speaker;
        if (segments[0].Kind == SegmentKind.Text && Moderation().Match(segments[0].Text) is { Success: true } mod)
        {
            role = MentionRole.Moderator;
            var rest = segments[0].Text[mod.Length..];
            segments[0] = segments[0] with { Text = rest, Position = segments[0].Position with { Column = segments[0].Position.Column + mod.Length } };
            segments = Trim(segments);
            if (segments.Count == 0) return false;
        }

        if (!TryHead(segments, out var head, out var tail)) return false;
        List<Segment> roleLine;
        if (IsBlank(tail))
        {
            // Two-line form: the role is on the next line of the same paragraph.
            if (i + 1 < lines.Count && lines[i + 1].BlockId == line.BlockId && LooksLikeRoleLine(lines[i + 1].Plain, lines[i + 1].Segments))
            {
                roleLine = Trim(lines[i + 1].Segments);
                usedNext = true;
            }
            else if (head.ProfileUrl is { } url && IsProfileHost(url) && line.Segments.Count(s => s.Kind != SegmentKind.Text) == 1)
            {
                people.Add(new PersonMention(head.Name, head.Honorific, null, null, null, null, null, [url], head.NoteTarget, role, head.Position));
                return true;
            }
            else return false;
        }
        else
        {
            // One-line form: "Name, Role, [Org](url) (CH)".
            if (tail[0].Kind != SegmentKind.Text || !tail[0].Text.TrimStart().StartsWith(',')) return false;
            var plain = string.Concat(tail.Select(s => s.Text));
            if (!LooksLikeRoleLine(plain, tail) && role != MentionRole.Moderator) return false;
            roleLine = tail;
        }

        var parsed = RoleLine.Parse(roleLine);
        people.Add(new PersonMention(head.Name, head.Honorific, parsed.Role, parsed.Role is null ? null : LanguageGuesser.OfShortText(parsed.Role, language),
            parsed.Organization?.Name, parsed.Organization?.Url, parsed.Country,
            head.ProfileUrl is null ? [] : [head.ProfileUrl], head.NoteTarget, role, head.Position));
        foreach (var org in parsed.AllOrganizations)
            organizations.Add(new OrganizationMention(org.Name, org.Url, org.Country, OrganizationSource.Speaker, org.Position));
        return true;
    }

    internal readonly record struct Head(string Name, string? Honorific, string? ProfileUrl, string? NoteTarget, TextPosition Position);

    private static bool TryHead(List<Segment> segments, out Head head, out List<Segment> tail)
    {
        head = default;
        tail = [];
        var first = segments[0];
        switch (first.Kind)
        {
            case SegmentKind.Link or SegmentKind.WikiLink:
            {
                var (honorific, name) = Names.SplitHonorific(first.Text);
                if (!Names.LooksLikePerson(name)) return false;
                var url = first.Kind == SegmentKind.Link && NoteExtractor.IsHttp(first.Url) ? first.Url : null;
                head = new Head(name, honorific, url, first.Kind == SegmentKind.WikiLink ? first.Url : null, first.Position);
                tail = segments.Skip(1).ToList();
                return true;
            }
            case SegmentKind.Text:
            {
                var m = PlainName().Match(first.Text);
                if (!m.Success) return false;
                var (honorific, name) = Names.SplitHonorific(m.Groups[1].Value);
                if (!Names.LooksLikePerson(name)) return false;
                head = new Head(name, honorific, null, null, first.Position with { Column = first.Position.Column + m.Groups[1].Index });
                var rest = first.Text[m.Groups[1].Length..];
                tail = [.. rest.Length > 0 ? [first with { Text = rest }] : Array.Empty<Segment>(), .. segments.Skip(1)];
                return true;
            }
            default:
                return false;
        }
    }

    private static bool LooksLikeRoleLine(string plain, IReadOnlyList<Segment> segments) =>
        NoteExtractor.CountryCodeAtEnd().IsMatch(plain) || CountryCode().IsMatch(plain);

    // One search for the six hosts (this runs on every line opened by a link).
    private static readonly System.Buffers.SearchValues<string> s_profileHosts = System.Buffers.SearchValues.Create(
        ["linkedin.com/", "twitter.com/", "//x.com/", "orcid.org/", "github.com/", "mastodon"], StringComparison.OrdinalIgnoreCase);

    internal static bool IsProfileHost(string url) => url.AsSpan().ContainsAny(s_profileHosts);

    // A speaker line opens with a link, a capitalised name or honorific (PlainName), or "Modération…"/"Animation…" in any
    // case (Moderation): the first segment Trim would keep tells, and most prose lines are passed over without copying.
    private static bool MayOpenSpeakerLine(List<Segment> segments)
    {
        foreach (var s in segments)
        {
            if (s.Kind == SegmentKind.Image || (s.Kind == SegmentKind.Text && s.Span.IsWhiteSpace())) continue;
            // A link opens the line (Moderation reads text only): TryHead takes it when it names a person.
            if (s.Kind != SegmentKind.Text) return Names.LooksLikePerson(Names.SplitHonorific(s.Text).Name);
            var text = s.Span.TrimStart();
            var c = text[0];
            if (!(char.IsUpper(c) || c is 'm' or 'a')) return false;
            // The text Trim keeps opens the line: without "Modération par" TryHead reads a plain name there or nothing.
            return (c is 'M' or 'm' or 'A' or 'a' && Moderation().IsMatch(text)) || (MayBePlainName(text) && PlainName().IsMatch(text));
        }
        return false;
    }

    // What PlainName needs, tested without the regex (most prose lines fail at their first lower-case word): up to the
    // first comma, only letters, ' ’ . - and spaces, in two words or more, each capitalised or a particle.
    private static bool MayBePlainName(ReadOnlySpan<char> text)
    {
        var comma = text.IndexOf(',');
        if (comma >= 0) text = text[..comma];
        var words = 0;
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || char.IsWhiteSpace(text[i]))
            {
                if (start < 0) continue;
                var word = text[start..i];
                if (!char.IsUpper(word[0]) && word is not ("de" or "da" or "di" or "van" or "von" or "der" or "le" or "du")) return false;
                words++;
                start = -1;
                continue;
            }
            var c = text[i];
            if (!(char.IsLetter(c) || c is '\'' or '’' or '.' or '-')) return false;
            if (start < 0) start = i;
        }
        return words >= 2;
    }

    private static bool IsBlank(List<Segment> segments) => segments.All(s => s.Kind == SegmentKind.Text && s.Span.Trim(" \t,.;:").IsEmpty);

    internal static List<Segment> Trim(List<Segment> segments)
    {
        var list = new List<Segment>(segments.Count);
        foreach (var s in segments)
            if (s.Kind != SegmentKind.Image && !(s.Kind == SegmentKind.Text && s.Span.IsEmpty)) list.Add(s);
        while (list.Count > 0 && list[0].Kind == SegmentKind.Text && string.IsNullOrWhiteSpace(list[0].Text)) list.RemoveAt(0);
        while (list.Count > 0 && list[^1].Kind == SegmentKind.Text && string.IsNullOrWhiteSpace(list[^1].Text)) list.RemoveAt(list.Count - 1);
        if (list.Count > 0 && list[0].Kind == SegmentKind.Text)
        {
            var t = list[0].Text;
            var trimmed = t.TrimStart();
            list[0] = list[0] with { Text = trimmed, Position = list[0].Position with { Column = list[0].Position.Column + t.Length - trimmed.Length } };
        }
        return list;
    }

    [GeneratedRegex(@"^\s*(?:Modération(?: de la journée)?|Modéré|Animation|Moderated|Moderation|Moderiert)\s*(?:par|by|von|:)\s*", RegexOptions.IgnoreCase)]
    private static partial Regex Moderation();

    [GeneratedRegex(@"^((?:(?:Prof\.|Dr\.?|Mme|M\.|Mr\.?|Ms\.?)\s+)?\p{Lu}[\p{L}'’.-]+(?:\s+(?:(?:de|da|di|van|von|der|le|du)\s+)?\p{Lu}[\p{L}'’.-]+){1,3})\s*(?=,|$)")]
    private static partial Regex PlainName();

    [GeneratedRegex(@"\(\s*[A-Z]{2}\s*\)")]
    internal static partial Regex CountryCode();
}
