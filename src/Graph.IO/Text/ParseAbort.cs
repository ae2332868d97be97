namespace Graph.IO.Text;

/// <summary>
/// Unwinds a recursive-descent parser to its statement loop after an error was recorded, so it can recover at the
/// next statement. Never escapes a reader.
/// </summary>
internal sealed class ParseAbort : Exception
{
    public static readonly ParseAbort Instance = new();

    private ParseAbort() : base("internal: parse aborted after a recorded syntax error") { }
}
