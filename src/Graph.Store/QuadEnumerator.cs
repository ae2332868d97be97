namespace Graph.Store;

/// <summary>
/// The quads matching a pattern (<see cref="QuadStore.Match"/>): a range of one sorted index, read without allocating.
/// Use with <c>foreach</c> or <see cref="MoveNext"/> / <see cref="Current"/>. It reads the snapshot current when it
/// was created, so it stays valid (and unchanged) if the store is modified meanwhile.
/// </summary>
public struct QuadEnumerator
{
    private readonly IndexKey[] _keys;
    private readonly int _end;
    private readonly IndexOrder _order;
    private readonly bool _skipDefaultGraph;
    private int _position;
    private QuadIds _current;

    internal QuadEnumerator(IndexKey[] keys, int start, int end, IndexOrder order, bool skipDefaultGraph)
    {
        _keys = keys;
        _position = start - 1;
        _end = end;
        _order = order;
        _skipDefaultGraph = skipDefaultGraph;
        _current = default;
    }

    /// <summary>An enumerator over nothing.</summary>
    public static QuadEnumerator Empty => new([], 0, 0, IndexOrder.Gspo, false);

    public readonly QuadIds Current => _current;

    public bool MoveNext()
    {
        while (++_position < _end)
        {
            ref readonly var key = ref _keys[_position];
            // Graph-last keys hold the graph in D; only "any named graph" scans skip the default graph.
            if (_skipDefaultGraph && key.D == TermId.DefaultGraph) continue;
            _current = _order.FromKey(key);
            return true;
        }
        _position = _end;
        return false;
    }

    public readonly QuadEnumerator GetEnumerator() => this;
}
