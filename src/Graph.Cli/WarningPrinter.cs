using System.Text;
using Graph.Core.Diagnostics;

namespace Graph.Cli;

/// <summary>
/// Prints diagnostics on stderr, at most <see cref="PerFileAndCode"/> of one code for one file, then one line saying
/// how many more there were: a 4 MB note of broken links must not print a million lines. Counts stay exact in the summary.
/// </summary>
internal static class WarningPrinter
{
    public const int PerFileAndCode = 100;

    // Console.Error flushes on every call: tens of thousands of warnings were as many write system calls.
    private const int FlushAt = 1 << 16;

    public static void Print(IEnumerable<Diagnostic> diagnostics, TextWriter error)
    {
        var shown = new Dictionary<(string?, string), int>();
        var hidden = new Dictionary<(string?, string), int>();
        var lines = new StringBuilder();
        foreach (var d in diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning))
        {
            var key = (d.File, d.Code);
            var count = shown.GetValueOrDefault(key);
            if (count < PerFileAndCode)
            {
                shown[key] = count + 1;
                Line(d);
            }
            else hidden[key] = hidden.GetValueOrDefault(key) + 1;
        }
        foreach (var ((file, code), count) in hidden.OrderBy(h => h.Key.Item1 ?? "", StringComparer.Ordinal).ThenBy(h => h.Key.Item2, StringComparer.Ordinal))
            Line(new Diagnostic(DiagnosticSeverity.Warning, code, $"{count:N0} more warnings like the {PerFileAndCode} above were not shown", file));
        error.Write(lines);

        void Line(Diagnostic d)
        {
            lines.Append(d.ToString()).Append(error.NewLine);
            if (lines.Length < FlushAt) return;
            error.Write(lines);
            lines.Clear();
        }
    }
}
