namespace Graph.Core.Diagnostics;

/// <summary>
/// A position in a source text. Lines and columns are 1-based; a column counts Unicode scalar values
/// (code points), not bytes or UTF-16 units, so it matches what an editor shows.
/// </summary>
public readonly record struct TextPosition(int Line, int Column)
{
    public static readonly TextPosition None = new(0, 0);

    public bool IsKnown => Line > 0;

    public override string ToString() => IsKnown ? $"({Line},{Column})" : string.Empty;
}
