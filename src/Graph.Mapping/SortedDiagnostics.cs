using Graph.Core.Diagnostics;

namespace Graph.Mapping;

/// <summary>The reader's diagnostics and the mapping's in <see cref="DiagnosticOrder"/>; equal ones keep their order (the reader's first).</summary>
internal static class SortedDiagnostics
{
    /// <summary>
    /// <paramref name="first"/> then <paramref name="second"/>, sorted stably. The reader's diagnostics come sorted
    /// already (tens of thousands of them in a large vault): then only the mapping's few are sorted, and merged in.
    /// </summary>
    public static List<Diagnostic> Merge(IReadOnlyList<Diagnostic> first, IReadOnlyList<Diagnostic> second)
    {
        if (!IsSorted(first)) return [.. first.Concat(second).OrderBy(d => d, DiagnosticOrder.Instance)];
        var rest = second.OrderBy(d => d, DiagnosticOrder.Instance).ToList();
        var merged = new List<Diagnostic>(first.Count + rest.Count);
        var j = 0;
        foreach (var d in first)
        {
            // Ties go to the first list, as in a stable sort of the two one after the other.
            while (j < rest.Count && DiagnosticOrder.Instance.Compare(rest[j], d) < 0) merged.Add(rest[j++]);
            merged.Add(d);
        }
        while (j < rest.Count) merged.Add(rest[j++]);
        return merged;
    }

    private static bool IsSorted(IReadOnlyList<Diagnostic> list)
    {
        for (var i = 1; i < list.Count; i++)
            if (DiagnosticOrder.Instance.Compare(list[i - 1], list[i]) > 0) return false;
        return true;
    }
}
