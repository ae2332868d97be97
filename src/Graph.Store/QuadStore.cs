using Graph.Core.Terms;

namespace Graph.Store;

/// <summary>
/// An in-memory quad store over dictionary-encoded terms (<see cref="TermDictionary"/>), with named graphs and set
/// semantics. Quads live in sorted permutations (see <see cref="IndexOrder"/> for which serves which pattern), so every
/// pattern is a binary search and a range scan, and counts per pattern are exact and O(log n).
/// </summary>
/// <remarks>
/// Writes (<see cref="Add(in Quad)"/>, <see cref="Remove(in Quad)"/>) are buffered and merged into new index arrays by
/// the next read; <see cref="Load(IEnumerable{Quad})"/> merges at once. Thread-safety: any number of readers may run
/// concurrently once writes are done (the merge they may trigger is locked, and enumerators keep the snapshot they
/// started on). Writers must be serialized by the caller and must not overlap readers, because the dictionary is
/// not safe to read while a term is being added.
/// </remarks>
public sealed partial class QuadStore
{
    private readonly Lock _sync = new();
    private readonly HashSet<QuadIds> _pendingAdds = [];
    private readonly HashSet<QuadIds> _pendingRemoves = [];
    private StoreState _state = StoreState.Empty;
    private volatile bool _dirty;

    public QuadStore() : this(new TermDictionary()) { }

    public QuadStore(TermDictionary dictionary)
    {
        ArgumentNullException.ThrowIfNull(dictionary);
        Dictionary = dictionary;
    }

    /// <summary>The dictionary that encodes this store's terms.</summary>
    public TermDictionary Dictionary { get; }

    /// <summary>The number of quads (all graphs).</summary>
    public int Count => State.Count;

    /// <summary>The graphs holding at least one quad, ascending; <see cref="TermId.DefaultGraph"/> first when present.</summary>
    public IReadOnlyList<int> Graphs => State.Graphs;

    private StoreState State
    {
        get
        {
            if (_dirty) Flush();
            return _state;
        }
    }

    /// <summary>Adds a quad; false when the store already held it.</summary>
    public bool Add(in Quad quad) => Add(Encode(quad));

    /// <summary>Adds a quad of ids from <see cref="Dictionary"/>; false when the store already held it.</summary>
    public bool Add(QuadIds quad)
    {
        ValidateIds(quad);
        lock (_sync)
        {
            // A quad removed since the last merge is still in the indexes: forgetting the removal restores it.
            if (_pendingRemoves.Remove(quad)) { _dirty = _pendingAdds.Count + _pendingRemoves.Count > 0; return true; }
            if (_state.Contains(quad) || !_pendingAdds.Add(quad)) return false;
            _dirty = true;
            return true;
        }
    }

    /// <summary>Removes a quad; false when the store did not hold it.</summary>
    public bool Remove(in Quad quad) => TryEncode(quad, out var ids) && Remove(ids);

    public bool Remove(QuadIds quad)
    {
        lock (_sync)
        {
            if (_pendingAdds.Remove(quad)) { _dirty = _pendingAdds.Count + _pendingRemoves.Count > 0; return true; }
            if (!_state.Contains(quad) || !_pendingRemoves.Add(quad)) return false;
            _dirty = true;
            return true;
        }
    }

    public bool Contains(in Quad quad) => TryEncode(quad, out var ids) && Contains(ids);

    public bool Contains(QuadIds quad) => State.Contains(quad);

    /// <summary>Encodes a quad, adding its terms to the dictionary (writer-side).</summary>
    public QuadIds Encode(in Quad quad) => new(
        Dictionary.GetOrAdd(quad.Subject),
        Dictionary.GetOrAdd(quad.Predicate),
        Dictionary.GetOrAdd(quad.Object),
        quad.Graph is null ? TermId.DefaultGraph : Dictionary.GetOrAdd(quad.Graph));

    /// <summary>Encodes a quad without adding terms; false when a term is not in the dictionary.</summary>
    public bool TryEncode(in Quad quad, out QuadIds ids)
    {
        ids = default;
        var g = TermId.DefaultGraph;
        if (!Dictionary.TryGetId(quad.Subject, out var s) || !Dictionary.TryGetId(quad.Predicate, out var p)
            || !Dictionary.TryGetId(quad.Object, out var o) || (quad.Graph is not null && !Dictionary.TryGetId(quad.Graph, out g)))
            return false;
        ids = new QuadIds(s, p, o, g);
        return true;
    }

    /// <summary>Decodes a quad of ids (allocates terms; for the edges).</summary>
    public Quad Decode(in QuadIds quad) => new(
        Dictionary.Decode(quad.Subject),
        Dictionary.Decode(quad.Predicate),
        Dictionary.Decode(quad.Object),
        quad.Graph == TermId.DefaultGraph ? null : Dictionary.Decode(quad.Graph));

    private void Flush()
    {
        lock (_sync) FlushLocked();
    }

    private void FlushLocked()
    {
        if (!_dirty) return;
        var adds = SortedKeys(_pendingAdds);
        _state = _state.Apply(adds, adds.Length, SortedKeys(_pendingRemoves));
        _pendingAdds.Clear();
        _pendingRemoves.Clear();
        _dirty = false;
    }

    private static IndexKey[] SortedKeys(HashSet<QuadIds> quads)
    {
        var keys = new IndexKey[quads.Count];
        var i = 0;
        foreach (var q in quads) keys[i++] = IndexOrder.Gspo.ToKey(q);
        keys.AsSpan().Sort();
        return keys;
    }

    internal void ValidateIds(in QuadIds q)
    {
        var n = Dictionary.Count;
        if ((uint)(q.Subject - 1) >= (uint)n || (uint)(q.Predicate - 1) >= (uint)n || (uint)(q.Object - 1) >= (uint)n
            || q.Graph < 0 || q.Graph > n)
            throw new ArgumentOutOfRangeException(nameof(q), q, "ids must come from this store's dictionary");
    }
}
