using System.Buffers.Binary;
using Graph.Core.Terms;

namespace Graph.IO.Turtle;

/// <summary>
/// Sorts subject entries of an id layout (<see cref="IdStatements"/>) as <see cref="TermComparer"/> sorts their terms: IRIs before
/// blank nodes, each by their bytes in UTF-16 order. Most comparisons are settled by two numbers: the 16 bytes after the
/// prefix every subject shares (bytes order like UTF-16 below 0xEE, checked). A merge sort of our own, as the
/// framework's sort over this struct would be compiled at run time in every one-shot command.
/// </summary>
internal static class SubjectOrder
{
    public static int[] Sort(TermTable terms, int[] entrySubjects, List<int> entries)
    {
        var common = -1;
        ReadOnlySpan<byte> first = default;
        foreach (var e in entries)
        {
            var value = terms.ValueOf(entrySubjects[e]);
            if (common < 0)
            {
                first = value;
                common = value.Length;
            }
            else common = Math.Min(common, first[..common].CommonPrefixLength(value));
        }
        var keys = new SortKey[entries.Count];
        var safe = true;
        Span<byte> bytes = stackalloc byte[16];
        for (var i = 0; i < keys.Length; i++)
        {
            var s = entrySubjects[entries[i]];
            var window = terms.ValueOf(s)[common..];
            window = window[..Math.Min(16, window.Length)];
            bytes.Clear();
            window.CopyTo(bytes);
            if (window.IndexOfAnyInRange((byte)0xEE, (byte)0xFF) >= 0 || window.Contains((byte)0)) safe = false;
            keys[i] = new SortKey(BinaryPrimitives.ReadUInt64BigEndian(bytes), BinaryPrimitives.ReadUInt64BigEndian(bytes[8..]),
                (int)terms.KindOf(s), s, entries[i]);
        }
        MergeSort(keys, new SortKey[keys.Length], terms, safe ? common + 16 : -1);
        var sorted = new int[keys.Length];
        for (var i = 0; i < keys.Length; i++) sorted[i] = keys[i].Entry;
        return sorted;
    }

    /// <summary>Bottom-up: runs of 1, 2, 4… merged back and forth between the two arrays.</summary>
    private static void MergeSort(SortKey[] keys, SortKey[] scratch, TermTable terms, int settled)
    {
        var from = keys;
        var to = scratch;
        for (var width = 1; width < keys.Length; width *= 2)
        {
            for (var start = 0; start < keys.Length; start += 2 * width)
            {
                int middle = Math.Min(start + width, keys.Length), end = Math.Min(start + 2 * width, keys.Length);
                int i = start, j = middle, k = start;
                while (i < middle && j < end) to[k++] = Compare(from[j], from[i], terms, settled) < 0 ? from[j++] : from[i++];
                while (i < middle) to[k++] = from[i++];
                while (j < end) to[k++] = from[j++];
            }
            (from, to) = (to, from);
        }
        if (!ReferenceEquals(from, keys)) Array.Copy(from, keys, keys.Length);
    }

    /// <summary>Term kind, then the two numbers when they are safe (<paramref name="settled"/> ≥ 0), then the bytes: from
    /// <paramref name="settled"/> on when the numbers tie, as both values agree up to there (subjects often share far
    /// more than the common prefix and the 16 bytes after it, and every tie would otherwise compare them again).</summary>
    private static int Compare(in SortKey x, in SortKey y, TermTable terms, int settled)
    {
        if (x.Kind != y.Kind) return x.Kind - y.Kind;
        if (settled < 0) return TermTable.CompareUtf16(terms.ValueOf(x.Subject), terms.ValueOf(y.Subject));
        if (x.High != y.High) return x.High < y.High ? -1 : 1;
        if (x.Low != y.Low) return x.Low < y.Low ? -1 : 1;
        // Equal windows without a zero byte: either both values reach past the window or both end at the same place.
        return TermTable.CompareUtf16(terms.ValueOf(x.Subject), terms.ValueOf(y.Subject), settled);
    }

    /// <summary>An entry with the 16 bytes that follow the prefix all subjects share, as two numbers that sort like them.</summary>
    private readonly record struct SortKey(ulong High, ulong Low, int Kind, int Subject, int Entry);
}
