namespace Graph.Sparql.Engine.Operators;

/// <summary>Value equality over whole rows (DISTINCT, grouping keys, hash join keys).</summary>
internal sealed class RowKeyComparer : IEqualityComparer<int[]>
{
    public static readonly RowKeyComparer Instance = new();

    public bool Equals(int[]? x, int[]? y) => x is not null && y is not null && x.AsSpan().SequenceEqual(y);

    public int GetHashCode(int[] row)
    {
        var h = new HashCode();
        h.AddBytes(System.Runtime.InteropServices.MemoryMarshal.AsBytes(row.AsSpan()));
        return h.ToHashCode();
    }
}
