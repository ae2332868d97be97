using Graph.Core.Diagnostics;

namespace Graph.Vault.Extraction;

/// <summary>
/// Turns a character offset in a note's body into a 1-based <see cref="TextPosition"/> of the whole file (the body
/// starts at a given line); columns count code points, as editors show them.
/// </summary>
internal sealed class LineMap
{
    private readonly string _text;
    // Where each line starts (the first _count entries), in an array of the calling thread: a map lives only while
    // its note is extracted, and extractions never nest on a thread.
    private readonly int[] _starts;
    private readonly int _count;
    private readonly int _firstLine;

    [ThreadStatic] private static int[]? t_starts;

    public LineMap(string text, int firstLine)
    {
        _text = text;
        _firstLine = firstLine;
        // Counted first (vectorised), then filled.
        _count = text.AsSpan().Count('\n') + 1;
        _starts = t_starts is { } kept && kept.Length >= _count ? kept : new int[Math.Max(_count, 1024)];
        if (_starts.Length <= 1 << 16) t_starts = _starts;
        _starts[0] = 0;
        var n = 1;
        for (var i = text.IndexOf('\n'); i >= 0; i = text.IndexOf('\n', i + 1)) _starts[n++] = i + 1;
    }

    // The last position asked for: positions come mostly in text order, so counting code points resumes from it
    // instead of from the start of the line (a one-line note with 100,000 links would otherwise be quadratic).
    private int _lastOffset = -1;
    private int _lastLine;
    private int _lastColumn;

    public TextPosition At(int offset)
    {
        if (offset < 0) return TextPosition.None;
        if (offset > _text.Length) offset = _text.Length;
        // Most positions fall on the line of the one before: no search then.
        var line = _lastLine;
        if (offset < _starts[line] || (line + 1 < _count && offset >= _starts[line + 1]))
        {
            // Else mostly on the next line (a new line of the walk).
            if (offset >= _starts[line] && (line + 2 >= _count || offset < _starts[line + 2])) line++;
            else
            {
                line = Array.BinarySearch(_starts, 0, _count, offset);
                if (line < 0) line = ~line - 1;
            }
        }
        var start = _starts[line];
        var column = 1;
        if (line == _lastLine && _lastOffset >= start && _lastOffset <= offset)
        {
            start = _lastOffset;
            column = _lastColumn;
        }
        // Every code unit but the second half of a surrogate pair is a column: a vectorised test rules those out.
        var span = _text.AsSpan(start, offset - start);
        column += span.Length;
        if (span.ContainsAnyInRange('\uDC00', '\uDFFF'))
            foreach (var c in span)
                if (char.IsLowSurrogate(c)) column--;
        (_lastOffset, _lastLine, _lastColumn) = (offset, line, column);
        return new TextPosition(line + _firstLine, column);
    }
}
