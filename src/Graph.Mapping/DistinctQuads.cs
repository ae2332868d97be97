using System.Collections;
using Graph.Core.Terms;

namespace Graph.Mapping;

/// <summary>
/// The converter's statements: each once, in the order they were first added. Being a set as well as a list lets the
/// writers' canonical form (<see cref="Graph.Core.Graphs.CanonicalLabeling.Relabel"/>, the N-Triples writer) take the
/// statements as already distinct, instead of hashing every quad (and every note's full text) once more per writer.
/// Enumeration is the list order, which is what a <see cref="HashSet{T}"/> built from the list would enumerate.
/// The set is a few open-addressing tables of positions in the list, split by hash: 8 bytes a slot instead of a
/// <see cref="HashSet{T}"/> entry holding the quad, and batches gathered on several threads merge on several threads
/// (each table takes the statements of its hashes, in order), without hashing anything again.
/// </summary>
internal sealed class DistinctQuads : IReadOnlyList<Quad>, IReadOnlySet<Quad>
{
    internal const int PartitionBits = 3;

    private readonly List<Quad> _list = [];
    private readonly PositionTable[] _tables = [.. Enumerable.Range(0, 1 << PartitionBits).Select(_ => new PositionTable())];
    private readonly Func<int, Quad> _at;

    public DistinctQuads() => _at = position => _list[position];

    public int Count => _list.Count;

    public Quad this[int index] => _list[index];

    /// <summary>Adds the statement unless it is there already; true when it was new.</summary>
    public bool Add(in Quad quad) => Add(quad, quad.GetHashCode());

    /// <summary>Makes room for this many statements in all, so that a large merge grows the set once, not by doubling (each
    /// doubling is a large-object allocation and a copy that the garbage collector pays for again).</summary>
    public void EnsureCapacity(int count)
    {
        _list.EnsureCapacity(count);
        foreach (var table in _tables) table.EnsureCapacity((count >> PartitionBits) + (count >> (PartitionBits + 3)));
    }

    /// <summary>Adds, in order, the statements of <paramref name="batch"/> that are not here yet.</summary>
    public void AddRange(Batch batch)
    {
        for (var i = 0; i < batch.Quads.Count; i++) Add(batch.Quads[i], batch.Hashes[i]);
    }

    /// <summary>
    /// Adds, in order, the statements of <paramref name="batches"/> (one after the other) that are not here yet: what
    /// <see cref="AddRange(Batch)"/> on each would do, with the hash tables filled on several threads.
    /// </summary>
    public void AddRange(IReadOnlyList<Batch> batches, ParallelOptions parallel)
    {
        // Positions past the list are the gathered statements, batch after batch, until the kept ones are appended.
        var start = _list.Count;
        var offsets = new int[batches.Count + 1];
        for (var b = 0; b < batches.Count; b++) offsets[b + 1] = offsets[b] + batches[b].Quads.Count;
        var kept = new bool[offsets[^1]];
        Quad At(int position)
        {
            if (position < start) return _list[position];
            position -= start;
            var b = Array.BinarySearch(offsets, position);
            // An exact hit may be the start of an empty batch: the statement is in the last batch starting there.
            if (b >= 0) while (b + 1 < offsets.Length && offsets[b + 1] == position) b++;
            else b = ~b - 1;
            return batches[b].Quads[position - offsets[b]];
        }

        Func<int, Quad> at = At;
        // Equal statements have equal hashes, so each table sees every copy of its statements, in order, and keeps the first.
        Parallel.For(0, _tables.Length, parallel, t =>
        {
            var table = _tables[t];
            for (var b = 0; b < batches.Count; b++)
            {
                var hashes = batches[b].Hashes;
                var quads = batches[b].Quads;
                for (var i = 0; i < hashes.Count; i++)
                {
                    if (Partition(hashes[i]) != t) continue;
                    var position = offsets[b] + i;
                    if (table.Find(hashes[i], quads[i], at) < 0)
                    {
                        table.Insert(hashes[i], start + position);
                        kept[position] = true;
                    }
                }
            }
        });

        var moved = new int[kept.Length];
        for (var b = 0; b < batches.Count; b++)
        {
            var quads = batches[b].Quads;
            for (var i = 0; i < quads.Count; i++)
                if (kept[offsets[b] + i])
                {
                    moved[offsets[b] + i] = _list.Count;
                    _list.Add(quads[i]);
                }
        }
        Parallel.For(0, _tables.Length, parallel, t => _tables[t].Move(start, moved));
    }

    /// <summary>
    /// Statements gathered on another thread, in order, each with its hash (computed there), duplicates and all: only
    /// the merge into the set (<see cref="AddRange(Batch)"/>) drops them, keeping the first, as adding one by one would.
    /// </summary>
    public sealed class Batch
    {
        public List<Quad> Quads { get; } = [];

        public List<int> Hashes { get; } = [];

        public void Add(in Quad quad)
        {
            Quads.Add(quad);
            Hashes.Add(quad.GetHashCode());
        }
    }

    private static int Partition(int hash) => (int)((uint)hash >> (32 - PartitionBits));

    private bool Add(in Quad quad, int hash)
    {
        var table = _tables[Partition(hash)];
        if (table.Find(hash, quad, _at) >= 0) return false;
        table.Insert(hash, _list.Count);
        _list.Add(quad);
        return true;
    }

    public bool Contains(Quad item)
    {
        var hash = item.GetHashCode();
        return _tables[Partition(hash)].Find(hash, item, _at) >= 0;
    }

    public List<Quad>.Enumerator GetEnumerator() => _list.GetEnumerator();

    IEnumerator<Quad> IEnumerable<Quad>.GetEnumerator() => _list.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _list.GetEnumerator();

    public bool IsProperSubsetOf(IEnumerable<Quad> other) => AsSet().IsProperSubsetOf(other);

    public bool IsProperSupersetOf(IEnumerable<Quad> other) => AsSet().IsProperSupersetOf(other);

    public bool IsSubsetOf(IEnumerable<Quad> other) => AsSet().IsSubsetOf(other);

    public bool IsSupersetOf(IEnumerable<Quad> other) => AsSet().IsSupersetOf(other);

    public bool Overlaps(IEnumerable<Quad> other) => other.Any(Contains);

    public bool SetEquals(IEnumerable<Quad> other) => AsSet().SetEquals(other);

    // The rarely used set algebra works on a plain copy.
    private HashSet<Quad> AsSet() => [.. _list];
}
