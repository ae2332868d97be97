namespace Graph.Store;

/// <summary>
/// An immutable snapshot of the store's indexes. Writers build a new snapshot and swap it in, so a reader that took
/// the old one (e.g. an enumerator in progress) keeps a consistent view.
/// </summary>
internal sealed class StoreState
{
    public static readonly StoreState Empty = new(
        [new(IndexOrder.Gspo, []), new(IndexOrder.Gpos, []), new(IndexOrder.Gosp, []), null, null, null], []);

    private StoreState(SortedQuadIndex?[] indexes, int[] graphs)
    {
        Indexes = indexes;
        Graphs = graphs;
    }

    /// <summary>Indexed by <see cref="IndexOrder"/>; the graph-last ones are null while the store holds one graph.</summary>
    public SortedQuadIndex?[] Indexes { get; }

    /// <summary>The ids of the graphs holding at least one quad, ascending (0, the default graph, first when present).</summary>
    public int[] Graphs { get; }

    public SortedQuadIndex Gspo => Indexes[(int)IndexOrder.Gspo]!;

    public int Count => Gspo.Count;

    public bool HasGraphLastIndexes => Indexes[(int)IndexOrder.Spog] is not null;

    public bool Contains(in QuadIds q) => Gspo.Contains(IndexOrder.Gspo.ToKey(q));

    /// <summary>
    /// The snapshot after the changes: GSPO keys, sorted and distinct, <c>adds[..addCount]</c> and
    /// <paramref name="removes"/>. The adds array may be adopted by an index (see <see cref="SortedQuadIndex.Apply"/>).
    /// </summary>
    public StoreState Apply(IndexKey[] adds, int addCount, ReadOnlySpan<IndexKey> removes)
    {
        var next = new SortedQuadIndex?[6];
        // GPOS and GOSP first: they read the adds before GSPO may adopt the array.
        for (var i = 2; i >= 0; i--) next[i] = Indexes[i]!.Apply(adds, addCount, removes);
        var graphs = DistinctLeading(next[0]!);
        if (graphs.Length > 1)
        {
            for (var i = 3; i < 6; i++)
                next[i] = Indexes[i] is { } existing ? existing.Apply(adds, addCount, removes) : BuildFrom(next[0]!, (IndexOrder)i);
        }
        return new StoreState(next, graphs);
    }

    private static SortedQuadIndex BuildFrom(SortedQuadIndex gspo, IndexOrder order)
    {
        var keys = new IndexKey[gspo.Count];
        var source = gspo.Keys;
        for (var i = 0; i < keys.Length; i++) keys[i] = order.ToKey(IndexOrder.Gspo.FromKey(source[i]));
        keys.AsSpan().Sort();
        return new SortedQuadIndex(order, keys);
    }

    // The distinct first components, found by jumping from range to range (one binary search per graph).
    private static int[] DistinctLeading(SortedQuadIndex index)
    {
        var result = new List<int>();
        var start = 0;
        while (start < index.Count)
        {
            var first = index.Keys[start];
            result.Add(first.A);
            start = index.Range(first, 1).End;
        }
        return [.. result];
    }
}
