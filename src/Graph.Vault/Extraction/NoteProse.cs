using Graph.Core.Diagnostics;
using Graph.Vault.Model;

namespace Graph.Vault.Extraction;

/// <summary>
/// A note's prose as the vault-wide half of the people pass reads it, once every note is read (the gazetteer of names
/// needs them all): the plain text of its lines (those long enough to hold a name), where each part of a line is in
/// the file, the institution names already found. Kept instead of the <see cref="TextLine"/>s, which die with their
/// note's extraction. Every note's prose stays alive until that pass and each collection marks or copies it: per note
/// one array of line structs and one of pieces, not a struct array per line. The lines' own strings are kept (not one
/// joined copy): they exist already, and a copy would add the whole prose to what the reader allocates.
/// </summary>
internal sealed class NoteProse
{
    public static readonly NoteProse Empty = new([], [], [], [], []);

    private readonly ProseLine[] _lines;
    private readonly Piece[] _pieces;

    private readonly string[] _plains;

    public NoteProse(string[] plains, ProseLine[] lines, Piece[] pieces, OrganizationMention[] institutions, int[] institutionLines)
    {
        _plains = plains;
        _lines = lines;
        _pieces = pieces;
        Institutions = institutions;
        InstitutionLines = institutionLines;
    }

    public int Count => _lines.Length;

    /// <summary>Institution names (see <c>People.Institutions</c>) in line and text order; <see cref="InstitutionLines"/>
    /// holds the line of each.</summary>
    public OrganizationMention[] Institutions { get; }

    public int[] InstitutionLines { get; }

    /// <summary>The plain text of line <paramref name="line"/>.</summary>
    public string Line(int line) => _plains[line];

    /// <summary>Where the character at <paramref name="offset"/> of a line's plain text is: inside a text segment, its own
    /// column; inside a link, the link's position; past the end, the line's.</summary>
    public TextPosition At(int line, int offset)
    {
        var l = _lines[line];
        if (l.PieceCount == 0)
            return offset < _plains[line].Length ? (l.FirstIsText ? l.First with { Column = l.First.Column + offset } : l.First) : l.Position;
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
