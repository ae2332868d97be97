using Graph.Core.Diagnostics;

namespace Graph.Vault.Extraction;

/// <summary>
/// One source line of a note's prose, as a run of <see cref="Segment"/>s: the shape the people/quotation pass reads
/// (speaker lines are "a link, then text, then a link, then (CH)"), kept so that pass never re-parses Markdown.
/// </summary>
internal sealed class TextLine
{
    // Lines live only while their note is extracted: a thread's extractor reuses them (and their segment lists) note
    // after note, so Reset stands for the constructor.
    internal TextLine() { }

    public LineBlock Block { get; private set; }

    /// <summary>Lines of the same paragraph (or heading, or cell) share an id; ids grow in document order.</summary>
    public int BlockId { get; private set; }

    public int QuoteDepth { get; private set; }

    public int ListDepth { get; private set; }

    /// <summary>True for the first line of a list item.</summary>
    public bool FirstOfItem { get; private set; }

    public TextPosition Position { get; private set; }

    public List<Segment> Segments { get; private set; } = new(4);

    internal void Reset(LineBlock block, int blockId, int quoteDepth, int listDepth, bool firstOfItem, TextPosition position)
    {
        (Block, BlockId, QuoteDepth, ListDepth, FirstOfItem, Position) = (block, blockId, quoteDepth, listDepth, firstOfItem, position);
        // A list grown by a freak line (thousands of links) is let go rather than kept for the thread's life.
        if (Segments.Capacity > 64) Segments = new(4);
        else Segments.Clear();
        _plain = null;
    }

    private string? _plain;

    public string Plain => _plain ??= Concat(Segments);

    // Most lines are one segment: its text is the line, no copy.
    private static string Concat(List<Segment> segments)
    {
        switch (segments.Count)
        {
            case 0: return string.Empty;
            case 1: return segments[0].Text;
            case 2: return string.Concat(segments[0].Text, segments[1].Text);
            default:
                var length = 0;
                foreach (var s in segments) length += s.Text.Length;
                return string.Create(length, segments, static (span, list) =>
                {
                    foreach (var s in list) { s.Text.AsSpan().CopyTo(span); span = span[s.Text.Length..]; }
                });
        }
    }

    public override string ToString() => Plain;
}

/// <summary>What kind of block a <see cref="TextLine"/> comes from.</summary>
internal enum LineBlock
{
    Paragraph,
    Heading,
    TableCell,
    Footnote,
}

/// <summary>What a <see cref="Segment"/> is.</summary>
internal enum SegmentKind
{
    Text,
    Link,
    WikiLink,
    Image,
}

/// <summary>
/// A piece of a line: plain text, a link (<see cref="Text"/> is its plain text, <see cref="Url"/> its URL), a wikilink
/// (<see cref="Url"/> is its target) or an image.
/// </summary>
internal readonly record struct Segment(SegmentKind Kind, string Text, string? Url, TextPosition Position);
