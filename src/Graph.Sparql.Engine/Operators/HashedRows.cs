using Graph.Sparql.Engine.Evaluation;

namespace Graph.Sparql.Engine.Operators;

/// <summary>
/// Materialised rows indexed on the slots that every row binds and the probing side may bind, so that probing
/// touches only candidates; compatibility is still checked row by row (other shared slots may be unbound).
/// </summary>
internal sealed class HashedRows
{
    private readonly int[] _keySlots;
    private readonly Dictionary<int[], List<int[]>> _buckets = new(RowKeyComparer.Instance);
    private readonly List<int[]> _all = [];

    public HashedRows(IEnumerable<int[]> rows, IReadOnlySet<int> probeSlots, EvalContext ctx)
    {
        foreach (var r in rows)
        {
            ctx.Tick();
            _all.Add(r);
        }
        _keySlots = probeSlots.Where(s => _all.Count > 0 && _all.TrueForAll(r => r[s] != 0)).Order().ToArray();
        if (_keySlots.Length == 0) return;
        foreach (var r in _all)
        {
            var key = Key(r);
            if (!_buckets.TryGetValue(key, out var list)) _buckets[key] = list = [];
            list.Add(r);
        }
    }

    public int Count => _all.Count;

    public IEnumerable<int[]> All => _all;

    /// <summary>The stored rows compatible with <paramref name="probe"/>.</summary>
    public IEnumerable<int[]> Compatible(int[] probe)
    {
        IEnumerable<int[]> candidates = _all;
        if (_keySlots.Length > 0 && Array.TrueForAll(_keySlots, s => probe[s] != 0))
            candidates = _buckets.TryGetValue(Key(probe), out var list) ? list : [];
        foreach (var r in candidates)
            if (Rows.Compatible(probe, r)) yield return r;
    }

    private int[] Key(int[] row)
    {
        var key = new int[_keySlots.Length];
        for (var i = 0; i < key.Length; i++) key[i] = row[_keySlots[i]];
        return key;
    }
}
