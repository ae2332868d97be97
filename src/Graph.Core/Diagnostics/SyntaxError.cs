namespace Graph.Core.Diagnostics;

/// <summary>
/// One syntax error: where (file, line, column), the offending text as it appears in the input, and a message
/// that says what was expected. Printed as <c>file(line,col): error: message (found 'text')</c>.
/// </summary>
public sealed record SyntaxError(string Message, TextPosition Position, string? OffendingText = null, string? File = null)
{
    public override string ToString()
    {
        var where = (File ?? "<input>") + Position;
        var found = OffendingText is null ? string.Empty : $" (found '{Truncate(OffendingText)}')";
        return $"{where}: error: {Message}{found}";
    }

    private static string Truncate(string s) => s.Length <= 40 ? s : s[..40] + "…";
}
