namespace Graph.Core.Diagnostics;

/// <summary>
/// A problem found in an input, printed the way compilers print them so editors can jump to it:
/// <c>path(line,col): warning CODE: message</c>.
/// </summary>
public sealed record Diagnostic(
    DiagnosticSeverity Severity,
    string Code,
    string Message,
    string? File = null,
    TextPosition Position = default)
{
    public override string ToString()
    {
        var severity = Severity switch
        {
            DiagnosticSeverity.Error => "error",
            DiagnosticSeverity.Warning => "warning",
            _ => "info",
        };
        var where = File ?? string.Empty;
        if (Position.IsKnown) where += Position.ToString();
        return where.Length == 0 ? $"{severity} {Code}: {Message}" : $"{where}: {severity} {Code}: {Message}";
    }
}
