using Graph.Core.Diagnostics;
using Graph.Vault.Model;

namespace Graph.Vault.Extraction;

/// <summary>
/// A line of prose as the vault-wide half of the people pass reads it, once every note is read (the gazetteer of names
/// needs them all): its plain text, where each of its parts is in the file, and the institution names already found in
/// it. Kept instead of the <see cref="TextLine"/>s, which die with their note's extraction: every note's lines stay alive
/// until that pass, and their segments and lists were most of what each collection copied while the vault was read.
/// A struct, so a note's lines are one array; a line of one part (most) keeps that part inline, not in an array.
/// </summary>
internal readonly struct ProseLine
{
    private readonly TextPosition _position;
    // The one part of a one-part line (_pieces null): where it starts and whether it is text.
    private readonly TextPosition _start;
    private readonly bool _isText;
    private readonly Piece[]? _pieces;

    public ProseLine(TextLine line, OrganizationMention[]? institutions)
    {
        Plain = line.Plain;
        Institutions = institutions;
        _position = line.Position;
        var segments = line.Segments;
        if (segments.Count == 1)
        {
            _start = segments[0].Position;
            _isText = segments[0].Kind == SegmentKind.Text;
            return;
        }
        _pieces = new Piece[segments.Count];
        for (var i = 0; i < _pieces.Length; i++)
        {
            var s = segments[i];
            _pieces[i] = new Piece(s.Span.Length, s.Kind == SegmentKind.Text, s.Position);
        }
    }

    public string Plain { get; }

    /// <summary>Institution names in <see cref="Plain"/> (see <c>People.Institutions</c>), in text order, or null.</summary>
    public OrganizationMention[]? Institutions { get; }

    /// <summary>Where the character at <paramref name="offset"/> of <see cref="Plain"/> is: inside a text segment, its own
    /// column; inside a link, the link's position; past the end, the line's.</summary>
    public TextPosition At(int offset)
    {
        if (_pieces is null)
            return offset < Plain.Length ? (_isText ? _start with { Column = _start.Column + offset } : _start) : _position;
        var at = 0;
        foreach (var p in _pieces)
        {
            if (offset < at + p.Length) return p.IsText ? p.Position with { Column = p.Position.Column + offset - at } : p.Position;
            at += p.Length;
        }
        return _position;
    }

    /// <summary>The same answer as <see cref="At(int)"/> over a line's segments, for lines not (yet) made compact (quotations are found on those).</summary>
    public static TextPosition At(TextLine line, int offset)
    {
        var at = 0;
        foreach (var s in line.Segments)
        {
            var length = s.Span.Length;
            if (offset < at + length) return s.Kind == SegmentKind.Text ? s.Position with { Column = s.Position.Column + offset - at } : s.Position;
            at += length;
        }
        return line.Position;
    }

    /// <summary>A segment reduced to what positions need: its length in <see cref="Plain"/>, whether it is text, where it starts.</summary>
    private readonly record struct Piece(int Length, bool IsText, TextPosition Position);
}
