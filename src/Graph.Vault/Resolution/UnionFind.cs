namespace Graph.Vault.Resolution;

/// <summary>Disjoint sets over items 0..n-1 keyed by strings: items sharing any key end in one set.</summary>
internal sealed class UnionFind
{
    private readonly List<int> _parent = [];
    private readonly Dictionary<string, int> _byKey = new(StringComparer.Ordinal);

    public int Add()
    {
        _parent.Add(_parent.Count);
        return _parent.Count - 1;
    }

    public void Key(int item, string key)
    {
        if (_byKey.TryGetValue(key, out var other)) Union(item, other);
        else _byKey[key] = item;
    }

    /// <summary>The set of <paramref name="key"/>, or null. Reads only (no path compression), so callers may share it across threads.</summary>
    public int? Find(string key)
    {
        if (!_byKey.TryGetValue(key, out var item)) return null;
        while (_parent[item] != item) item = _parent[item];
        return item;
    }

    /// <summary>
    /// Points every item straight at its set's root (the roots stay the same), so <see cref="Find"/> takes one step:
    /// without it a name shared by thousands of mentions (a replicated vault) leaves chains that every lookup walks.
    /// </summary>
    public void Flatten()
    {
        for (var i = 0; i < _parent.Count; i++) _parent[i] = Root(i);
    }

    public int Root(int item)
    {
        while (_parent[item] != item)
        {
            _parent[item] = _parent[_parent[item]];
            item = _parent[item];
        }
        return item;
    }

    private void Union(int a, int b)
    {
        a = Root(a);
        b = Root(b);
        // The smaller index stays the root, so a set is named after its first-seen member whatever the merge order.
        if (a < b) _parent[b] = a;
        else if (b < a) _parent[a] = b;
    }
}
