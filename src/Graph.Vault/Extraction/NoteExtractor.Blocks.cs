using System.Text.RegularExpressions;
using Graph.Vault.Model;
using Markdig.Extensions.Footnotes;
using Markdig.Extensions.Tables;
using Markdig.Syntax;

namespace Graph.Vault.Extraction;

internal sealed partial class NoteExtractor
{
    private int _blockId;
    private int _quoteDepth;
    private int _listDepth;
    private bool _nextIsFirstOfItem;
    private TextLine? _line;
    private LineBlock _lineBlock;
    private LinkContext _lineContext;

    private void WalkDocument(MarkdownDocument document)
    {
        foreach (var block in document) WalkBlock(block);
    }

    private void WalkBlock(Block block)
    {
        switch (block)
        {
            case HeadingBlock heading:
                WalkHeading(heading);
                break;
            case ParagraphBlock paragraph:
                WalkParagraph(paragraph, _lineBlock == LineBlock.Footnote ? LineBlock.Footnote : LineBlock.Paragraph);
                break;
            case ListItemBlock item:
                WalkListItem(item);
                break;
            case QuoteBlock quote:
                _quoteDepth++;
                foreach (var child in quote) WalkBlock(child);
                _quoteDepth--;
                break;
            case HtmlBlock html:
                ReadHtml(html.Lines.ToString(), html.Span.Start);
                break;
            case FootnoteGroup group:
                foreach (var child in group)
                    if (child is Markdig.Extensions.Footnotes.Footnote footnote) WalkFootnote(footnote);
                break;
            case TableCell cell:
                foreach (var child in cell)
                    if (child is ParagraphBlock p) WalkParagraph(p, LineBlock.TableCell);
                break;
            case CodeBlock:
            case ThematicBreakBlock:
            case LinkReferenceDefinitionGroup:
                break;
            case ContainerBlock container:
                foreach (var child in container) WalkBlock(child);
                break;
            default:
                break;
        }
    }

    private void WalkHeading(HeadingBlock heading)
    {
        var first = StartBlock(LineBlock.Heading, heading.Span.Start);
        if (heading.Inline is not null) WalkInlines(heading.Inline);
        var text = CollapseSpaces(JoinPlain(first, " "));
        _headings.Add(new Heading(heading.Level, text, _map.At(heading.Span.Start)));
        AppendText(text);

        // A resource note opens with a heading that links to the work it summarises: ### [Title](url).
        if (_resource is null && _headings.Count == 1 && _lines.Count - first == 1
            && OnlyMeaningful(_lines[first].Segments) is { Kind: SegmentKind.Link } link && IsHttp(link.Url))
            _resource = new ResourceSummary(link.Url!, CollapseSpaces(link.Text), link.Position);
        EndBlock();
    }

    private void WalkParagraph(ParagraphBlock paragraph, LineBlock kind)
    {
        var first = StartBlock(kind, paragraph.Span.Start);
        if (paragraph.Inline is not null) WalkInlines(paragraph.Inline);
        var (start, single) = AppendCollapsed(first);
        if (_abstract is null && kind == LineBlock.Paragraph && _listDepth == 0 && _quoteDepth == 0 && IsProse(_lines, first))
        {
            // The paragraph's text as appended: one unchanged line is its own string, else it is read back from the builder.
            var text = single ?? (start < 0 ? string.Empty : _text.ToString(start, _text.Length - start));
            _abstract = CollapseSpaces(text.Replace('\n', ' '));
        }
        EndBlock();
    }

    private void WalkListItem(ListItemBlock item)
    {
        _listDepth++;
        var firstLine = _lines.Count;
        _nextIsFirstOfItem = true;
        foreach (var child in item) WalkBlock(child);
        _nextIsFirstOfItem = false;
        _listDepth--;
        ReadResourceEntry(item, firstLine);
    }

    private void WalkFootnote(Markdig.Extensions.Footnotes.Footnote footnote)
    {
        var first = _lines.Count;
        var urls = _externalLinks.Count;
        var saved = _lineBlock;
        _lineBlock = LineBlock.Footnote;
        foreach (var child in footnote) WalkBlock(child);
        _lineBlock = saved;
        var text = CollapseSpaces(JoinPlain(first, " "));
        _footnotes.Add(new Model.Footnote(footnote.Label?.TrimStart('^') ?? footnote.Order.ToString(System.Globalization.CultureInfo.InvariantCulture), text,
            _externalLinks.Skip(urls).Select(l => l.Url).ToArray(), _map.At(footnote.Span.Start)));
    }

    // 1. [[Resource note|Title]]
    //    One or two sentences about it.
    private void ReadResourceEntry(ListItemBlock item, int firstLine)
    {
        if (firstLine >= _lines.Count || !_lines[firstLine].FirstOfItem) return;
        var head = _lines[firstLine];
        // Every list item comes here: find the first meaningful segment without building lists, most items stop there.
        var segments = head.Segments;
        var first = 0;
        while (first < segments.Count && !IsMeaningful(segments[first])) first++;
        if (first == segments.Count || segments[first].Kind is not (SegmentKind.Link or SegmentKind.WikiLink)) return;
        var link = segments[first];
        var summary = new List<string>();
        var rest = first + 1;
        while (rest < segments.Count && !IsMeaningful(segments[rest])) rest++;
        if (rest < segments.Count)
        {
            // "[link] : summary" or "[link] – summary" on one line; "[link], Role…" is a speaker line, not a resource.
            // The line's text after the link is what its later segments say.
            var skip = 0;
            for (var i = 0; i <= first; i++) skip += segments[i].Span.Length;
            var after = head.Span[skip..].TrimStart();
            if (after.Length == 0 || after[0] is not (':' or '–' or '—' or '-')) return;
            summary.Add(after[1..].Trim().ToString());
        }
        for (var i = firstLine + 1; i < _lines.Count; i++) summary.Add(_lines[i].Plain.Trim());
        var title = link.Text.Trim();
        ResourceEntry entry = link.Kind == SegmentKind.WikiLink
            ? new(title, link.Url, null, CollapseSpaces(string.Join(" ", summary)), _map.At(item.Span.Start))
            : new(title, null, link.Url, CollapseSpaces(string.Join(" ", summary)), _map.At(item.Span.Start));
        _resources.Add(entry);
        for (var i = _wikiLinks.Count - 1; i >= 0; i--)
            if (link.Kind == SegmentKind.WikiLink && _wikiLinks[i].Position == link.Position) { _wikiLinks[i] = _wikiLinks[i] with { Context = LinkContext.ResourceList }; break; }
        for (var i = _externalLinks.Count - 1; i >= 0; i--)
            if (link.Kind == SegmentKind.Link && _externalLinks[i].Position == link.Position) { _externalLinks[i] = _externalLinks[i] with { Context = LinkContext.ResourceList }; break; }
    }

    private static bool IsMeaningful(Segment s) => s.Kind != SegmentKind.Text || !s.Span.IsWhiteSpace();

    private int StartBlock(LineBlock kind, int offset)
    {
        _blockId++;
        _lineBlock = kind;
        NewLine(offset);
        return _lines.Count - 1;
    }

    private void EndBlock()
    {
        if (_lineBlock != LineBlock.Footnote) _lineBlock = LineBlock.Paragraph;
        _line = null;
    }

    private void NewLine(int offset)
    {
        _line = _scratch.NextLine();
        _line.Reset(_lineBlock, _blockId, _quoteDepth, _listDepth, _nextIsFirstOfItem, _map.At(offset));
        _nextIsFirstOfItem = false;
        _lineContext = LinkContext.Body;
        _lines.Add(_line);
    }

    // The plain text of the lines from first on, joined by separator; one line is its own text, no copy.
    private string JoinPlain(int first, string separator)
    {
        if (_lines.Count - first == 1) return _lines[first].Plain;
        var sb = _scratch.Join.Clear();
        for (var i = first; i < _lines.Count; i++)
        {
            if (i > first) sb.Append(separator);
            sb.Append(_lines[i].Plain);
        }
        return sb.ToString();
    }

    // Appends to the note's text the lines from first on, each with spaces collapsed, empty ones left out, joined by
    // '\n' (straight into the builder: no joined copy of the paragraph). Returns where they start in the builder (-1
    // when all are empty) and, when there is exactly one, that line's string.
    private (int Start, string? Single) AppendCollapsed(int first)
    {
        string? single = null;
        var start = -1;
        var count = 0;
        for (var i = first; i < _lines.Count; i++)
        {
            var plain = _lines[i].Plain;
            var line = plain.AsSpan().Trim();
            if (line.IsEmpty) continue;
            if (count++ == 0)
            {
                if (_text.Length > 0) _text.Append("\n\n");
                start = _text.Length;
            }
            else _text.Append('\n');
            // Collapsed into the builder: no collapsed copy of the line.
            if (NeedsCollapse(line)) AppendCollapsed(_text, line);
            else
            {
                _text.Append(line);
                if (count == 1 && line.Length == plain.Length) single = plain;
            }
        }
        return (start, count == 1 ? single : null);
    }

    // The one segment that is not blank text, or null when there are none or several.
    private static Segment? OnlyMeaningful(List<Segment> segments)
    {
        Segment? found = null;
        foreach (var s in segments)
        {
            if (s.Kind == SegmentKind.Text && s.Span.IsWhiteSpace()) continue;
            if (found is not null) return null;
            found = s;
        }
        return found;
    }

    private void AppendText(string text)
    {
        if (text.Length == 0) return;
        if (_text.Length > 0) _text.Append("\n\n");
        _text.Append(text);
    }

    // Prose, not a speaker block, a lone link or a back-link line: enough words, and not ending with a country code.
    // The counts come first: most paragraphs that fail, fail them, and the regexes run only on what is left.
    private static bool IsProse(List<TextLine> lines, int first)
    {
        var words = 0;
        var linkChars = 0;
        var chars = 0;
        for (var i = first; i < lines.Count; i++)
        {
            foreach (var s in lines[i].Segments)
            {
                var text = s.Span;
                chars += text.Length;
                if (s.Kind != SegmentKind.Text) linkChars += text.Length;
                else words += WordCount(text);
            }
        }
        if (words < 6 || linkChars * 2 >= chars) return false;
        for (var i = first; i < lines.Count; i++)
        {
            var plain = lines[i].Span;
            if (plain.Contains(')') && CountryCodeAtEnd().IsMatch(plain)) return false;
            if (MayOpenBackLink(plain) && BackLinkPrefix().IsMatch(plain)) return false;
        }
        return true;
    }

    // False when BackLinkPrefix cannot match: the first character after white space is ASCII and starts none of its
    // words (a/r/s/v in either case). Non-ASCII characters are left to the regex (case-insensitive equivalents).
    internal static bool MayOpenBackLink(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c)) continue;
            return c >= 128 || c is 'a' or 'A' or 'r' or 'R' or 's' or 'S' or 'v' or 'V';
        }
        return false;
    }

    private static int WordCount(ReadOnlySpan<char> text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var letter = char.IsLetterOrDigit(c);
            if (letter && !inWord) count++;
            inWord = letter;
        }
        return count;
    }

    internal static string CollapseSpaces(string text)
    {
        var span = text.AsSpan().Trim();
        if (!NeedsCollapse(span)) return span.Length == text.Length ? text : span.ToString();
        // The result is never longer than the span: one buffer (on the stack for lines, rented for long paragraphs).
        char[]? rented = null;
        var buffer = span.Length <= 512 ? stackalloc char[512] : (rented = System.Buffers.ArrayPool<char>.Shared.Rent(span.Length));
        var result = new string(buffer[..Collapse(span, buffer)]);
        if (rented is not null) System.Buffers.ArrayPool<char>.Shared.Return(rented);
        return result;
    }

    // Appends CollapseSpaces of a trimmed span.
    private static void AppendCollapsed(System.Text.StringBuilder sb, ReadOnlySpan<char> span)
    {
        char[]? rented = null;
        var buffer = span.Length <= 512 ? stackalloc char[512] : (rented = System.Buffers.ArrayPool<char>.Shared.Rent(span.Length));
        sb.Append(buffer[..Collapse(span, buffer)]);
        if (rented is not null) System.Buffers.ArrayPool<char>.Shared.Return(rented);
    }

    // Runs of spaces, tabs and no-break spaces become one space (none before a line break); returns the length written.
    private static int Collapse(ReadOnlySpan<char> span, Span<char> buffer)
    {
        var length = 0;
        var space = false;
        foreach (var c in span)
        {
            if (c is ' ' or '\t' or '\u00A0') { space = true; continue; }
            if (space && length > 0 && c != '\n') buffer[length++] = ' ';
            space = false;
            buffer[length++] = c;
        }
        return length;
    }

    // Vectorised searches: this runs over every paragraph's text.
    // Tabs, no-break spaces and line feeds are rare: one search rules them out, and only "  " is left to look for.
    private static bool NeedsCollapse(ReadOnlySpan<char> s) =>
        s.IndexOf("  ", StringComparison.Ordinal) >= 0
        || (s.ContainsAny(s_rareSpaces) && (s.IndexOfAny('\t', '\u00A0') >= 0 || s.IndexOf(" \n", StringComparison.Ordinal) >= 0));

    private static readonly System.Buffers.SearchValues<char> s_rareSpaces = System.Buffers.SearchValues.Create("\t\n\u00A0");

    [GeneratedRegex(@"\(\s*[A-Z]{2}\s*\)\s*$")]
    internal static partial Regex CountryCodeAtEnd();

    [GeneratedRegex(@"^\s*(Appara[iî]t dans|Appears in|Ressources? similaires?|Similar resources?|Voir aussi|See also)\b", RegexOptions.IgnoreCase)]
    internal static partial Regex BackLinkPrefix();
}
