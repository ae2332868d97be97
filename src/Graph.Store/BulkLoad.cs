using Graph.Core.Terms;

namespace Graph.Store;

/// <summary>
/// A bulk load in progress (<see cref="QuadStore.BeginBulkLoad"/>): quads are encoded as they come (push style, so a
/// reader's sink can feed it without buffering <see cref="Quad"/> objects) and appended to a flat buffer of ids;
/// <see cref="Commit"/> sorts, de-duplicates and merges them into every index at once.
/// </summary>
/// <remarks>
/// A writer: terms enter the dictionary during <see cref="Add(in Quad)"/>, so nothing may read the store until the
/// load is committed. The quads become visible only at <see cref="Commit"/>; a load never committed changes nothing
/// but the dictionary.
/// </remarks>
public sealed class BulkLoad
{
    private readonly QuadStore _store;
    private IndexKey[] _buffer;
    private int _count;
    private bool _committed;

    internal BulkLoad(QuadStore store, int capacity)
    {
        _store = store;
        _buffer = new IndexKey[Math.Max(capacity, 1024)];
    }

    /// <summary>The quads added so far (duplicates included).</summary>
    public int Count => _count;

    public void Add(in Quad quad) => Append(IndexOrder.Gspo.ToKey(_store.Encode(quad)));

    /// <summary>Adds a quad of ids from the store's dictionary.</summary>
    public void Add(QuadIds quad)
    {
        _store.ValidateIds(quad);
        Append(IndexOrder.Gspo.ToKey(quad));
    }

    /// <summary>Merges the buffered quads into the store; returns how many were new. The load cannot be reused.</summary>
    public int Commit()
    {
        ObjectDisposedException.ThrowIf(_committed, this);
        _committed = true;
        var buffer = _buffer;
        _buffer = [];
        return _store.MergeBulk(buffer, _count);
    }

    private void Append(IndexKey key)
    {
        ObjectDisposedException.ThrowIf(_committed, this);
        // Growth by 1.5 rather than 2 keeps the adopted buffer's slack (and the peak during the copy) smaller.
        if (_count == _buffer.Length) Array.Resize(ref _buffer, _buffer.Length + (_buffer.Length >> 1));
        _buffer[_count++] = key;
    }
}
