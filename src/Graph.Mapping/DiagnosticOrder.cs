using Graph.Core.Diagnostics;

namespace Graph.Mapping;

/// <summary>
/// The order <c>graph convert</c> reports diagnostics in: by file (none first), line, column, code and message; equal
/// ones keep their order (the reader's before the mapping's).
/// </summary>
internal sealed class DiagnosticOrder : IComparer<Diagnostic>
{
    public static readonly DiagnosticOrder Instance = new();

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

    /// <summary>
    /// <paramref name="first"/> then <paramref name="second"/>, sorted stably. The reader's diagnostics come sorted
    /// already (tens of thousands of them in a large vault): then only the mapping's few are sorted, and merged in.
    /// </summary>
    public static List<Diagnostic> Sorted(IReadOnlyList<Diagnostic> first, IReadOnlyList<Diagnostic> second)
    {
        if (!IsSorted(first)) return [.. first.Concat(second).OrderBy(d => d, Instance)];
        var rest = second.OrderBy(d => d, Instance).ToList();
        var merged = new List<Diagnostic>(first.Count + rest.Count);
        var j = 0;
        foreach (var d in first)
        {
            // Ties go to the first list, as in a stable sort of the two one after the other.
            while (j < rest.Count && Instance.Compare(rest[j], d) < 0) merged.Add(rest[j++]);
            merged.Add(d);
        }
        while (j < rest.Count) merged.Add(rest[j++]);
        return merged;
    }

    private static bool IsSorted(IReadOnlyList<Diagnostic> list)
    {
        for (var i = 1; i < list.Count; i++)
            if (Instance.Compare(list[i - 1], list[i]) > 0) return false;
        return true;
    }
}
