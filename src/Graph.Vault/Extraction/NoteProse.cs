using Graph.Core.Diagnostics;
using Graph.Vault.Model;

namespace Graph.Vault.Extraction;

/// <summary>
/// A note's prose as the vault-wide half of the people pass reads it, once every note is read (the gazetteer of names
/// needs them all): the plain text of its lines (those long enough to hold a name) in one string, one line after the
/// other with a '\n' between them; where each part of a line is in the file; the institution names already found.
/// Kept instead of the <see cref="TextLine"/>s, which die with their note's extraction. Every note's prose stays alive
/// until that pass and each collection marks or copies it: one string, one array of line structs and one of pieces per
/// note, not a string (and a piece array) per line.
/// </summary>
internal sealed class NoteProse
{
    public static readonly NoteProse Empty = new(string.Empty, [], [], [], []);

    private readonly ProseLine[] _lines;
    private readonly Piece[] _pieces;

    public NoteProse(string text, ProseLine[] lines, Piece[] pieces, OrganizationMention[] institutions, int[] institutionLines)
    {
        Text = text;
        _lines = lines;
        _pieces = pieces;
        Institutions = institutions;
        InstitutionLines = institutionLines;
    }

    /// <summary>The lines' plain texts, separated by '\n'.</summary>
    public string Text { get; }

    public int Count => _lines.Length;

    /// <summary>Institution names (see <c>People.Institutions</c>) in line and text order; <see cref="InstitutionLines"/>
    /// holds the line of each.</summary>
    public OrganizationMention[] Institutions { get; }

    public int[] InstitutionLines { get; }

    /// <summary>The plain text of line <paramref name="line"/>.</summary>
    public ReadOnlySpan<char> Line(int line) => Text.AsSpan(_lines[line].Start, _lines[line].Length);

    /// <summary>Where the character at <paramref name="offset"/> of a line's plain text is: inside a text segment, its own
    /// column; inside a link, the link's position; past the end, the line's.</summary>
    public TextPosition At(int line, int offset)
    {
        var l = _lines[line];
        if (l.PieceCount == 0)
            return offset < l.Length ? (l.FirstIsText ? l.First with { Column = l.First.Column + offset } : l.First) : l.Position;
        var at = 0;
        foreach (var p in _pieces.AsSpan(l.PieceStart, l.PieceCount))
        {
            if (offset < at + p.Length) return p.IsText ? p.Position with { Column = p.Position.Column + offset - at } : p.Position;
            at += p.Length;
        }
        return l.Position;
    }

    /// <summary>A segment of a line of several, reduced to what positions need: its length in the line's plain text,
    /// whether it is text, where it starts.</summary>
    internal readonly record struct Piece(int Length, bool IsText, TextPosition Position);
}
