using Graph.Core.Terms;

namespace Graph.Core.Graphs;

/// <summary>
/// Colour refinement over blank nodes: each blank node's hash is repeatedly recomputed from the statements it occurs
/// in (ground terms by value, other blank nodes by their current hash) until the partition stops getting finer.
/// Blank nodes with different final hashes can never be mapped onto each other by an isomorphism.
/// </summary>
internal sealed class BlankNodeHasher
{
    private readonly Dictionary<BlankNode, List<Quad>> _occurrences = [];

    public BlankNodeHasher(IEnumerable<Quad> quads)
    {
        foreach (var q in quads)
        {
            Add(q.Subject, q);
            Add(q.Predicate, q);
            Add(q.Object, q);
            if (q.Graph is not null) Add(q.Graph, q);
        }
    }

    public IReadOnlyCollection<BlankNode> BlankNodes => _occurrences.Keys;

    private void Add(Term t, Quad q)
    {
        if (t is not BlankNode b) return;
        if (!_occurrences.TryGetValue(b, out var list)) _occurrences[b] = list = [];
        if (list.Count == 0 || list[^1] != q) list.Add(q);
    }

    public Dictionary<BlankNode, ulong> InitialHashes()
    {
        var h = new Dictionary<BlankNode, ulong>(_occurrences.Count);
        foreach (var b in _occurrences.Keys) h[b] = 0;
        return h;
    }

    /// <summary>One refinement round; returns the new hashes.</summary>
    public Dictionary<BlankNode, ulong> Refine(Dictionary<BlankNode, ulong> current)
    {
        var next = new Dictionary<BlankNode, ulong>(current.Count);
        var sigs = new List<ulong>();
        foreach (var (b, quads) in _occurrences)
        {
            sigs.Clear();
            foreach (var q in quads) sigs.Add(Signature(q, b, current));
            sigs.Sort();
            var h = current[b];
            foreach (var s in sigs) h = StableHash.Combine(h, s);
            next[b] = h;
        }
        return next;
    }

    private static ulong Signature(Quad q, BlankNode self, Dictionary<BlankNode, ulong> current)
    {
        var h = StableHash.Combine(11, Position(q.Subject, 1));
        h = StableHash.Combine(h, Position(q.Predicate, 2));
        h = StableHash.Combine(h, Position(q.Object, 3));
        return StableHash.Combine(h, q.Graph is null ? 0 : Position(q.Graph, 4));

        ulong Position(Term t, ulong pos) => t switch
        {
            BlankNode b when b.Equals(self) => StableHash.Combine(pos, 0xDEADBEEF),
            BlankNode b => StableHash.Combine(pos, current[b]),
            _ => StableHash.Combine(pos, StableHash.Of(t)),
        };
    }

    /// <summary>Refines until a round no longer splits any class (the stable colouring).</summary>
    public Dictionary<BlankNode, ulong> RefineToStable(Dictionary<BlankNode, ulong> hashes)
    {
        var count = DistinctCount(hashes);
        while (true)
        {
            var next = Refine(hashes);
            var nextCount = DistinctCount(next);
            hashes = next;
            if (nextCount <= count) return hashes;
            count = nextCount;
        }
    }

    public static int DistinctCount(Dictionary<BlankNode, ulong> hashes) => new HashSet<ulong>(hashes.Values).Count;
}
