using Graph.Core.Terms;

namespace Graph.Store;

/// <summary>
/// Dictionary encoding of RDF terms (as in Oxigraph and N3.js): every distinct term gets a positive integer id, and
/// the store works on ids only. Terms are kept as UTF-8 keys in a chunked arena (no object per term) and found through
/// an open-addressing hash table over ids; <see cref="Decode"/> rebuilds a <see cref="Term"/> on demand.
/// </summary>
/// <remarks>
/// Numbers and booleans are not inlined into ids: a literal must come back with its exact lexical form
/// (<c>"01"^^xsd:integer</c> and <c>"1"^^xsd:integer</c> are different terms), so inlining would only help canonical
/// forms, and the generated 1M-triple benchmark loads within its budget without it. The query engine can cache parsed
/// values per id instead.
/// Thread-safety: any number of concurrent readers (<see cref="TryGetId"/>, <see cref="Decode"/>, …) are safe while no
/// writer runs; <see cref="GetOrAdd(Term)"/> must not run concurrently with anything else.
/// </remarks>
public sealed partial class TermDictionary
{
    private const int PageBits = 16;
    private const int PageSize = 1 << PageBits;

    private struct Entry
    {
        public int Chunk;
        public int Offset;
        public int Length;
    }

    private readonly ByteArena _arena = new();
    private Entry[][] _pages = [];
    // Each slot holds the key's hash (high 32 bits) and its id (low 32 bits; 0 = empty): probing past other keys
    // then never touches their entries or bytes, which are cache misses.
    private ulong[] _slots = new ulong[1024];
    private int _count;

    /// <summary>The number of distinct terms; ids run from 1 to <see cref="Count"/>.</summary>
    public int Count => _count;

    /// <summary>Approximate bytes held (arena, entries, hash table), for benchmarks.</summary>
    public long MemoryBytes => _arena.AllocatedBytes + (long)_pages.Length * PageSize * 12 + (long)_slots.Length * 8;

    private ref Entry EntryOf(int id) => ref _pages[id >> PageBits][id & (PageSize - 1)];

    internal ReadOnlySpan<byte> KeyOf(int id)
    {
        if ((uint)(id - 1) >= (uint)_count) ThrowUnknownId(id);
        ref var e = ref EntryOf(id);
        return _arena.Get(e.Chunk, e.Offset, e.Length);
    }

    /// <summary>The id of the term with this key, or 0.</summary>
    internal int Find(ReadOnlySpan<byte> key, int hash)
    {
        var slots = _slots;
        var mask = slots.Length - 1;
        for (var i = hash & mask; ; i = (i + 1) & mask)
        {
            var slot = slots[i];
            if (slot == 0) return 0;
            if ((int)(slot >> 32) == hash && Matches((int)slot, key)) return (int)slot;
        }
    }

    private bool Matches(int id, ReadOnlySpan<byte> key)
    {
        ref var e = ref EntryOf(id);
        return e.Length == key.Length && _arena.Get(e.Chunk, e.Offset, e.Length).SequenceEqual(key);
    }

    /// <summary>The id of the term with this key, adding it when new.</summary>
    internal int GetOrAddKey(ReadOnlySpan<byte> key)
    {
        var hash = Utf8Hash.Compute(key);
        var slots = _slots;
        var mask = slots.Length - 1;
        var i = hash & mask;
        for (; ; i = (i + 1) & mask)
        {
            var slot = slots[i];
            if (slot == 0) break;
            if ((int)(slot >> 32) == hash && Matches((int)slot, key)) return (int)slot;
        }
        var id = ++_count;
        if ((id >> PageBits) >= _pages.Length)
        {
            Array.Resize(ref _pages, _pages.Length + 1);
            _pages[^1] = new Entry[PageSize];
        }
        var (chunk, offset) = _arena.Append(key);
        EntryOf(id) = new Entry { Chunk = chunk, Offset = offset, Length = key.Length };
        slots[i] = ((ulong)(uint)hash << 32) | (uint)id;
        // Load factor ≤ 1/2 keeps linear probes short.
        if (_count * 2 > _slots.Length) Grow();
        return id;
    }

    private void Grow()
    {
        var slots = new ulong[_slots.Length * 2];
        var mask = slots.Length - 1;
        foreach (var slot in _slots)
        {
            if (slot == 0) continue;
            var i = (int)(slot >> 32) & mask;
            while (slots[i] != 0) i = (i + 1) & mask;
            slots[i] = slot;
        }
        _slots = slots;
    }

    private static void ThrowUnknownId(int id) =>
        throw new ArgumentOutOfRangeException(nameof(id), id, "not a term id of this dictionary");
}
