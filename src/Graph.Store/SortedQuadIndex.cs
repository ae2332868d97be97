namespace Graph.Store;

/// <summary>
/// One permutation of the store: all quads as <see cref="IndexKey"/>s in ascending order, no duplicates. Immutable:
/// changes produce a new index (<see cref="Apply"/>), so readers holding the old one keep a consistent snapshot.
/// </summary>
internal sealed class SortedQuadIndex(IndexOrder order, IndexKey[] keys, int count)
{
    public SortedQuadIndex(IndexOrder order, IndexKey[] keys) : this(order, keys, keys.Length) { }

    public IndexOrder Order { get; } = order;

    /// <summary>The keys, sorted, in <c>[0, Count)</c>; the array may be longer (a bulk-load buffer adopted as is).</summary>
    public IndexKey[] Keys { get; } = keys;

    public int Count { get; } = count;

    /// <summary>The range [start, end) of keys whose first <paramref name="length"/> components equal the prefix's.</summary>
    public (int Start, int End) Range(in IndexKey prefix, int length)
    {
        if (length == 0) return (0, Count);
        var start = Bound(prefix, length, upper: false);
        var end = Bound(prefix, length, upper: true, from: start);
        return (start, end);
    }

    public bool Contains(in IndexKey key) => Array.BinarySearch(Keys, 0, Count, key) >= 0;

    // First index whose prefix is ≥ (lower) or > (upper) the given prefix.
    private int Bound(in IndexKey prefix, int length, bool upper, int from = 0)
    {
        int lo = from, hi = Count;
        while (lo < hi)
        {
            var mid = (int)((uint)(lo + hi) >> 1);
            var c = Keys[mid].ComparePrefix(prefix, length);
            if (c < 0 || (upper && c == 0)) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /// <summary>
    /// A new index with <paramref name="adds"/> inserted and <paramref name="removes"/> taken out. Both are GSPO keys,
    /// sorted and distinct; every add must be absent and every remove present (the store guarantees it).
    /// The GSPO index of an empty store adopts <paramref name="adds"/>' array when little of it is slack, to spare a
    /// copy of the whole load at peak memory; the caller must not touch that array afterwards.
    /// </summary>
    public SortedQuadIndex Apply(IndexKey[] adds, int addCount, ReadOnlySpan<IndexKey> removes)
    {
        if (Count == 0 && removes.Length == 0 && Order == IndexOrder.Gspo && adds.Length - addCount <= addCount / 2)
            return new SortedQuadIndex(Order, adds, addCount);
        var a = ToSortedKeys(adds.AsSpan(0, addCount));
        var r = ToSortedKeys(removes);
        if (Count == 0 && r.Length == 0) return new SortedQuadIndex(Order, a);
        var result = new IndexKey[Count + a.Length - r.Length];
        int i = 0, j = 0, k = 0, n = 0;
        while (i < Count)
        {
            var key = Keys[i];
            if (k < r.Length && r[k].Equals(key)) { i++; k++; continue; }
            if (j < a.Length && a[j].CompareTo(key) < 0) result[n++] = a[j++];
            else { result[n++] = key; i++; }
        }
        while (j < a.Length) result[n++] = a[j++];
        if (n != result.Length || k != r.Length)
            throw new InvalidOperationException($"index {Order} out of step with the store's changes");
        return new SortedQuadIndex(Order, result);
    }

    private IndexKey[] ToSortedKeys(ReadOnlySpan<IndexKey> gspo)
    {
        if (Order == IndexOrder.Gspo) return gspo.ToArray();
        var keys = new IndexKey[gspo.Length];
        for (var i = 0; i < gspo.Length; i++) keys[i] = Order.ToKey(IndexOrder.Gspo.FromKey(gspo[i]));
        keys.AsSpan().Sort();
        return keys;
    }
}
