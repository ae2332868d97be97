using Graph.Core.Terms;

namespace Graph.Store;

public sealed partial class QuadStore
{
    /// <summary>
    /// Starts a bulk load: much faster than repeated <see cref="Add(in Quad)"/> because every index is merged once,
    /// at <see cref="BulkLoad.Commit"/>. <paramref name="expectedQuads"/> sizes the buffer (a hint).
    /// </summary>
    public BulkLoad BeginBulkLoad(int expectedQuads = 1 << 16) => new(this, expectedQuads);

    /// <summary>Adds many quads at once (see <see cref="BeginBulkLoad"/>). Returns the number of quads that were new.</summary>
    public int Load(IEnumerable<Quad> quads)
    {
        ArgumentNullException.ThrowIfNull(quads);
        var load = BeginBulkLoad(quads.TryGetNonEnumeratedCount(out var n) ? n : 1 << 16);
        foreach (var quad in quads) load.Add(quad);
        return load.Commit();
    }

    /// <summary>Bulk variant of <see cref="Add(QuadIds)"/> for quads already encoded with <see cref="Dictionary"/>.</summary>
    public int Load(ReadOnlySpan<QuadIds> quads)
    {
        var load = BeginBulkLoad(quads.Length);
        foreach (var q in quads) load.Add(q);
        return load.Commit();
    }

    internal int MergeBulk(IndexKey[] buffer, int count)
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
