namespace Graph.Core.Diagnostics;

/// <summary>
/// The order diagnostics are reported in: by file (none first), line, column, code and message. The vault reader sorts
/// its own in this order and the converter merges the mapping's into them, so both must use this one comparer.
/// </summary>
public sealed class DiagnosticOrder : IComparer<Diagnostic>
{
    public static readonly DiagnosticOrder Instance = new();

    private DiagnosticOrder() { }

    public int Compare(Diagnostic? a, Diagnostic? b)
    {
        if (ReferenceEquals(a, b)) return 0;
        if (a is null) return -1;
        if (b is null) return 1;
        var c = string.CompareOrdinal(a.File ?? "", b.File ?? "");
        if (c != 0) return c;
        c = a.Position.Line.CompareTo(b.Position.Line);
        if (c != 0) return c;
        c = a.Position.Column.CompareTo(b.Position.Column);
        if (c != 0) return c;
        c = string.CompareOrdinal(a.Code, b.Code);
        return c != 0 ? c : string.CompareOrdinal(a.Message, b.Message);
    }
}
