using System.Collections;
using Graph.Core.Terms;

namespace Graph.Mapping;

/// <summary>
/// The converter's statements: each once, in the order they were first added. Being a set as well as a list lets the
/// writers' canonical form (<see cref="Graph.Core.Graphs.CanonicalLabeling.Relabel"/>, the N-Triples writer) take the
/// statements as already distinct, instead of hashing every quad (and every note's full text) once more per writer.
/// Enumeration is the list order, which is what a <see cref="HashSet{T}"/> built from the list would enumerate.
/// Each statement's hash is kept, so that sets made on several threads merge without hashing anything again.
/// </summary>
internal sealed class DistinctQuads : IReadOnlyList<Quad>, IReadOnlySet<Quad>
{
    private readonly List<Quad> _list = [];
    private readonly List<int> _hashes = [];
    private readonly HashSet<Hashed> _set = new(HashedComparer.Instance);

    public int Count => _list.Count;

    public Quad this[int index] => _list[index];

    /// <summary>Adds the statement unless it is there already; true when it was new.</summary>
    public bool Add(in Quad quad) => Add(quad, quad.GetHashCode());

    /// <summary>Makes room for this many statements in all, so that a large merge grows the set once, not by doubling (each
    /// doubling is a large-object allocation and a copy that the garbage collector pays for again).</summary>
    public void EnsureCapacity(int count)
    {
        _set.EnsureCapacity(count);
        _list.EnsureCapacity(count);
        _hashes.EnsureCapacity(count);
    }

    /// <summary>Adds, in order, the statements of <paramref name="batch"/> that are not here yet.</summary>
    public void AddRange(Batch batch)
    {
        for (var i = 0; i < batch.Quads.Count; i++) Add(batch.Quads[i], batch.Hashes[i]);
    }

    /// <summary>
    /// Statements gathered on another thread, in order, each with its hash (computed there), duplicates and all: only
    /// the merge into the set (<see cref="AddRange"/>) drops them, keeping the first, as adding one by one would.
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

    private bool Add(in Quad quad, int hash)
    {
        if (!_set.Add(new Hashed(quad, hash))) return false;
        _list.Add(quad);
        _hashes.Add(hash);
        return true;
    }

    public bool Contains(Quad item) => _set.Contains(new Hashed(item, item.GetHashCode()));

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

    private readonly record struct Hashed(Quad Quad, int Hash);

    private sealed class HashedComparer : IEqualityComparer<Hashed>
    {
        public static readonly HashedComparer Instance = new();

        public bool Equals(Hashed x, Hashed y) => x.Hash == y.Hash && x.Quad.Equals(y.Quad);

        public int GetHashCode(Hashed h) => h.Hash;
    }
}
