namespace Graph.IO.Turtle;

/// <summary>
/// One token: its kind and byte range in the reader's buffer (valid until the next token is read), and the line
/// state at its start so that an error inside it can be given a line and a column.
/// </summary>
internal struct TurtleToken
{
    public TurtleTokenKind Kind;
    public int Start;
    public int End;
    /// <summary>Offset of the ':' of a prefixed name; quote length of a string.</summary>
    public int Split;
    /// <summary>The token contains backslash escapes (strings, IRIs, local names).</summary>
    public bool Escaped;
    public int Line;
    public int LineStart;
    public int ColumnBase;
    public string? Message;
    public int ErrorOffset;

    public readonly int Length => End - Start;
}
