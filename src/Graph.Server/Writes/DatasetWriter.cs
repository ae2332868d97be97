using Graph.Core.Terms;
using Graph.Store;

namespace Graph.Server.Writes;

/// <summary>
/// Applies writes to the served data, one at a time: a write builds the next snapshot from a copy of the current one
/// (readers keep using theirs, untouched), the result is persisted, and only then swapped in through the
/// <see cref="DatasetHolder"/>, so the next request sees it. A write that fails (bad update, conflict, disk error)
/// publishes nothing: the old data stays served and on disk.
/// </summary>
internal sealed class DatasetWriter(DatasetHolder holder, DatasetPersistence persistence)
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    public DatasetHolder Holder => holder;

    public DatasetPersistence Persistence => persistence;

    /// <summary>
    /// Runs <paramref name="change"/> on the current snapshot under the write lock. It returns the next snapshot (built on
    /// a copy; null when nothing changed) and its result; the next snapshot is persisted and published.
    /// </summary>
    public async Task<T> WriteAsync<T>(Func<DatasetSnapshot, (DatasetSnapshot? Next, T Result)> change, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var (next, result) = change(holder.Current);
            if (next is null) return result;
            next = next with { Vault = null, Conversion = null, LoadedAt = DateTimeOffset.UtcNow };
            persistence.Save(next.Store);
            holder.Swap(next);
            return result;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>A new store with the quads of <paramref name="store"/> for which <paramref name="keep"/> holds, plus <paramref name="add"/>.</summary>
    public static QuadStore Copy(QuadStore store, Func<Quad, bool>? keep = null, IReadOnlyList<Quad>? add = null)
    {
        var copy = new QuadStore();
        var load = copy.BeginBulkLoad(Math.Max(16, store.Count + (add?.Count ?? 0)));
        foreach (var q in store.Quads())
            if (keep is null || keep(q)) load.Add(q);
        foreach (var q in add ?? []) load.Add(q);
        load.Commit();
        return copy;
    }
}
