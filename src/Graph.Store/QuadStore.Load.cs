using Graph.Core.Terms;

namespace Graph.Store;

public sealed partial class QuadStore
{
    /// <summary>
    /// Adds many quads at once: encodes them, sorts and de-duplicates, then merges into every index in one pass
    /// (much faster than repeated <see cref="Add(in Quad)"/>). Returns the number of quads that were new.
    /// </summary>
    public int Load(IEnumerable<Quad> quads)
    {
        ArgumentNullException.ThrowIfNull(quads);
        var buffer = new IndexKey[quads.TryGetNonEnumeratedCount(out var n) ? Math.Max(n, 16) : 1 << 16];
        var count = 0;
        foreach (var quad in quads)
        {
            if (count == buffer.Length) Array.Resize(ref buffer, buffer.Length * 2);
            buffer[count++] = IndexOrder.Gspo.ToKey(Encode(quad));
        }
        return LoadKeys(buffer, count);
    }

    /// <summary>Bulk variant of <see cref="Add(QuadIds)"/> for quads already encoded with <see cref="Dictionary"/>.</summary>
    public int Load(ReadOnlySpan<QuadIds> quads)
    {
        var buffer = new IndexKey[quads.Length];
        for (var i = 0; i < quads.Length; i++)
        {
            Validate(quads[i]);
            buffer[i] = IndexOrder.Gspo.ToKey(quads[i]);
        }
        return LoadKeys(buffer, buffer.Length);
    }

    private int LoadKeys(IndexKey[] buffer, int count)
    {
        var keys = buffer.AsSpan(0, count);
        keys.Sort();
        lock (_sync)
        {
            // Pending single writes go first so that the bulk merge sees the indexes as they logically are.
            if (_dirty) FlushLocked();
            // Compact in place: drop duplicates within the batch and quads the store already holds.
            var existing = _state.Gspo.Keys;
            int e = 0, fresh = 0, existingCount = _state.Gspo.Count;
            for (var i = 0; i < keys.Length; i++)
            {
                if (fresh > 0 && keys[i].Equals(keys[fresh - 1])) continue;
                while (e < existingCount && existing[e].CompareTo(keys[i]) < 0) e++;
                if (e < existingCount && existing[e].Equals(keys[i])) continue;
                keys[fresh++] = keys[i];
            }
            _state = _state.Apply(buffer, fresh, []);
            return fresh;
        }
    }
}
