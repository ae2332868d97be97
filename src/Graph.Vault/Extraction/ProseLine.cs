using Graph.Core.Diagnostics;
using Graph.Vault.Model;

namespace Graph.Vault.Extraction;

/// <summary>
/// A line of prose as the vault-wide half of the people pass reads it, once every note is read (the gazetteer of names
/// needs them all): its plain text, where each of its parts is in the file, and the institution names already found in
/// it. Kept instead of the <see cref="TextLine"/>s, which die with their note's extraction: every note's lines stay alive
/// until that pass, and their segments and lists were most of what each collection copied while the vault was read.
/// </summary>
internal sealed class ProseLine(string plain, TextPosition position, ProseLine.Piece[] pieces, OrganizationMention[]? institutions)
{
    public string Plain { get; } = plain;

    /// <summary>Institution names in <see cref="Plain"/> (see <c>People.Institutions</c>), in text order, or null.</summary>
    public OrganizationMention[]? Institutions { get; } = institutions;

    /// <summary>Where the character at <paramref name="offset"/> of <see cref="Plain"/> is: inside a text segment, its own
    /// column; inside a link, the link's position; past the end, the line's.</summary>
    public TextPosition At(int offset)
    {
        var at = 0;
        foreach (var p in pieces)
        {
            if (offset < at + p.Length) return p.IsText ? p.Position with { Column = p.Position.Column + offset - at } : p.Position;
            at += p.Length;
        }
        return position;
    }

    /// <summary>The same answer as <see cref="At(int)"/> over a line's segments, for lines not (yet) made compact (quotations are found on those).</summary>
    public static TextPosition At(TextLine line, int offset)
    {
        var at = 0;
        foreach (var s in line.Segments)
        {
            if (offset < at + s.Text.Length) return s.Kind == SegmentKind.Text ? s.Position with { Column = s.Position.Column + offset - at } : s.Position;
            at += s.Text.Length;
        }
        return line.Position;
    }

    public static Piece[] PiecesOf(TextLine line)
    {
        var pieces = new Piece[line.Segments.Count];
        for (var i = 0; i < pieces.Length; i++)
        {
            var s = line.Segments[i];
            pieces[i] = new Piece(s.Text.Length, s.Kind == SegmentKind.Text, s.Position);
        }
        return pieces;
    }

    /// <summary>A segment reduced to what positions need: its length in <see cref="Plain"/>, whether it is text, where it starts.</summary>
    internal readonly record struct Piece(int Length, bool IsText, TextPosition Position);
}
