using Graph.Core.Diagnostics;

namespace Graph.Vault.Extraction;

/// <summary>
/// One source line of a note's prose, as a run of <see cref="Segment"/>s: the shape the people/quotation pass reads
/// (speaker lines are "a link, then text, then a link, then (CH)"), kept so that pass never re-parses Markdown.
/// </summary>
internal sealed class TextLine
{
    // Lines live only while their note is extracted: a thread's extractor reuses them (and their segment lists and
    // character buffers) note after note, so Reset stands for the constructor.
    internal TextLine() { }

    public LineBlock Block { get; private set; }

    /// <summary>Lines of the same paragraph (or heading, or cell) share an id; ids grow in document order.</summary>
    public int BlockId { get; private set; }

    public int QuoteDepth { get; private set; }

    public int ListDepth { get; private set; }

    /// <summary>True for the first line of a list item.</summary>
    public bool FirstOfItem { get; private set; }

    public TextPosition Position { get; private set; }

    /// <summary>The line's parts in order. Read-only for everyone but the extractor, which adds through <see cref="Add"/>.</summary>
    public List<Segment> Segments { get; private set; } = new(4);

    // The line's text, every segment's text in order: a text segment's characters live only here until someone asks
    // for its string (most never are asked: the line's Plain is what is read).
    private char[] _chars = new char[64];
    private int _length;
    private string? _plain;
    // The strings made for text segments that are part of the line, by segment index.
    private string?[]? _texts;

    internal void Reset(LineBlock block, int blockId, int quoteDepth, int listDepth, bool firstOfItem, TextPosition position)
    {
        (Block, BlockId, QuoteDepth, ListDepth, FirstOfItem, Position) = (block, blockId, quoteDepth, listDepth, firstOfItem, position);
        // The pool released the line when its last note was done.
        if (Segments.Count > 0 || _length > 0 || _plain is not null) Release();
        // A list or buffer grown by a freak line (thousands of links) is let go rather than kept for the thread's life.
        if (Segments.Capacity > 64) Segments = new(4);
        if (_chars.Length > 4096) _chars = new char[64];
        if (_texts is { Length: > 64 }) _texts = null;
    }

    /// <summary>Drops the texts of a line that waits in the pool for its next note.</summary>
    internal void Release()
    {
        if (_texts is not null) Array.Clear(_texts, 0, Math.Min(_texts.Length, Segments.Count));
        Segments.Clear();
        _length = 0;
        _plain = null;
    }

    /// <summary>Adds a segment whose text already is a string.</summary>
    internal void Add(Segment segment)
    {
        Append(segment.Span);
        Segments.Add(segment);
        _plain = null;
    }

    /// <summary>Adds a text segment whose characters are copied into the line; its own string is made only when asked for.</summary>
    internal void AddText(ReadOnlySpan<char> text, TextPosition position)
    {
        var start = _length;
        Append(text);
        Segments.Add(new Segment(this, Segments.Count, start, text.Length, position));
        _plain = null;
    }

    private void Append(ReadOnlySpan<char> text)
    {
        if (_length + text.Length > _chars.Length) Array.Resize(ref _chars, Math.Max(_chars.Length * 2, _length + text.Length));
        text.CopyTo(_chars.AsSpan(_length));
        _length += text.Length;
    }

    /// <summary>The line's text: every segment's text, in order.</summary>
    public string Plain => _plain ??= MakePlain();

    /// <summary>The line's text without making it a string (valid until the line changes).</summary>
    public ReadOnlySpan<char> Span => _chars.AsSpan(0, _length);

    // A line of one segment that is a string is that string, no copy.
    private string MakePlain()
    {
        if (Segments.Count == 1 && Segments[0].OwnText is { } only) return only;
        return _length == 0 ? string.Empty : new string(_chars, 0, _length);
    }

    internal ReadOnlySpan<char> Chars(int start, int length) => _chars.AsSpan(start, length);

    internal string TextOf(int index, int start, int length)
    {
        if (start == 0 && length == _length) return Plain;
        if (length == 0) return string.Empty;
        if (_texts is null || _texts.Length <= index) Array.Resize(ref _texts, Math.Max(index + 1, Math.Max(8, Segments.Count)));
        return _texts[index] ??= new string(_chars, start, length);
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
/// (<see cref="Url"/> is its target) or an image. A text segment made by the extractor keeps its characters in its
/// line (see <see cref="TextLine"/>) and becomes a string only when <see cref="Text"/> is read: read
/// <see cref="Span"/> when a look is enough. Such a segment is valid while its note is extracted.
/// </summary>
internal readonly struct Segment
{
    private readonly string? _text;
    private readonly TextLine? _line;
    private readonly int _index;
    private readonly int _start;
    private readonly int _length;

    public Segment(SegmentKind kind, string text, string? url, TextPosition position)
    {
        Kind = kind;
        _text = text;
        Url = url;
        Position = position;
    }

    internal Segment(TextLine line, int index, int start, int length, TextPosition position)
    {
        Kind = SegmentKind.Text;
        _line = line;
        (_index, _start, _length) = (index, start, length);
        Position = position;
    }

    public SegmentKind Kind { get; init; }

    public string Text
    {
        get => _text ?? (_line is null ? string.Empty : _line.TextOf(_index, _start, _length));
        init => _text = value;
    }

    /// <summary>The text without making it a string.</summary>
    public ReadOnlySpan<char> Span => _text is not null ? _text.AsSpan() : _line is null ? default : _line.Chars(_start, _length);

    public string? Url { get; init; }

    public TextPosition Position { get; init; }

    // The text when it is a string of its own already.
    internal string? OwnText => _text;

    public override string ToString() => Text;
}
