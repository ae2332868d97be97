using Graph.Core.Diagnostics;

namespace Graph.Vault.Extraction;

/// <summary>
/// One line of a <see cref="NoteProse"/>: where its plain text lies in the note's prose text, and what positions need
/// (where the line and its one part start, or which of the note's pieces are its parts).
/// </summary>
internal readonly record struct ProseLine(int Start, int Length, TextPosition Position, TextPosition First, bool FirstIsText, int PieceStart, int PieceCount)
{
    /// <summary>Where the character at <paramref name="offset"/> of a line's plain text is (see <see cref="NoteProse.At"/>),
    /// read over its segments: for lines not made compact (quotations are found on those).</summary>
    public static TextPosition At(TextLine line, int offset)
    {
        var at = 0;
        foreach (var s in line.Segments)
        {
            if (offset < at + s.Span.Length) return s.Kind == SegmentKind.Text ? s.Position with { Column = s.Position.Column + offset - at } : s.Position;
            at += s.Span.Length;
        }
        return line.Position;
    }
}
