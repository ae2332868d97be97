namespace Graph.Store;

/// <summary>
/// A quad's four ids in the component order of one index (<see cref="IndexOrder"/>), compared lexicographically.
/// Implementing <see cref="IComparable{T}"/> on the struct lets <c>Span.Sort()</c> call it without boxing.
/// </summary>
internal readonly record struct IndexKey(int A, int B, int C, int D) : IComparable<IndexKey>
{
    // Ids are never negative, so two components packed into an unsigned 64-bit value compare the same way, with
    // half the branches (this comparison is most of the cost of building an index).
    public int CompareTo(IndexKey other)
    {
        var x = ((ulong)(uint)A << 32) | (uint)B;
        var y = ((ulong)(uint)other.A << 32) | (uint)other.B;
        if (x != y) return x < y ? -1 : 1;
        x = ((ulong)(uint)C << 32) | (uint)D;
        y = ((ulong)(uint)other.C << 32) | (uint)other.D;
        return x == y ? 0 : x < y ? -1 : 1;
    }

    /// <summary>Compares only the first <paramref name="length"/> components.</summary>
    public int ComparePrefix(in IndexKey other, int length)
    {
        if (length == 0) return 0;
        if (A != other.A) return A < other.A ? -1 : 1;
        if (length == 1) return 0;
        if (B != other.B) return B < other.B ? -1 : 1;
        if (length == 2) return 0;
        if (C != other.C) return C < other.C ? -1 : 1;
        if (length == 3) return 0;
        return D == other.D ? 0 : D < other.D ? -1 : 1;
    }
}
