using Graph.Core.Terms;

namespace Graph.Core.Graphs;

/// <summary>
/// RDF graph and dataset isomorphism (RDF 1.1 Concepts §3.6, extended to quads): two sets of quads are isomorphic when
/// a bijection between their blank nodes maps one onto the other. Duplicates are ignored (the inputs are sets).
/// Uses colour refinement, then individualisation and backtracking for blank nodes that refinement cannot tell apart.
/// </summary>
public static class Isomorphism
{
    public static bool AreIsomorphic(IEnumerable<Quad> first, IEnumerable<Quad> second) => FindMapping(first, second) is not null;

    /// <summary>A mapping from the first input's blank nodes to the second's, or null when the inputs are not isomorphic.</summary>
    public static IReadOnlyDictionary<BlankNode, BlankNode>? FindMapping(IEnumerable<Quad> first, IEnumerable<Quad> second)
    {
        var a = new HashSet<Quad>(first);
        var b = new HashSet<Quad>(second);
        if (a.Count != b.Count) return null;

        var groundA = a.Where(IsGround).ToHashSet();
        var groundB = b.Where(IsGround).ToHashSet();
        if (!groundA.SetEquals(groundB)) return null;

        var restA = a.Where(q => !IsGround(q)).ToList();
        var restB = b.Where(q => !IsGround(q)).ToHashSet();
        if (restA.Count != restB.Count) return null;
        if (restA.Count == 0) return new Dictionary<BlankNode, BlankNode>();

        var hasherA = new BlankNodeHasher(restA);
        var hasherB = new BlankNodeHasher(restB);
        if (hasherA.BlankNodes.Count != hasherB.BlankNodes.Count) return null;

        var search = new Search(hasherA, hasherB, restA, restB);
        return search.Run(hasherA.InitialHashes(), hasherB.InitialHashes());
    }

    private static bool IsGround(Quad q) =>
        q.Subject is not BlankNode && q.Predicate is not BlankNode && q.Object is not BlankNode && q.Graph is not BlankNode;

    private sealed class Search(BlankNodeHasher hasherA, BlankNodeHasher hasherB, List<Quad> quadsA, HashSet<Quad> quadsB)
    {
        private ulong _salt = 0x51ED;

        public Dictionary<BlankNode, BlankNode>? Run(Dictionary<BlankNode, ulong> hA, Dictionary<BlankNode, ulong> hB)
        {
            (hA, hB) = RefineBoth(hA, hB);
            var classesA = Classes(hA);
            var classesB = Classes(hB);
            if (classesA.Count != classesB.Count) return null;
            foreach (var (h, members) in classesA)
                if (!classesB.TryGetValue(h, out var other) || other.Count != members.Count) return null;

            // Smallest ambiguous class first keeps the branching factor low.
            var ambiguous = classesA.Where(kv => kv.Value.Count > 1).OrderBy(kv => kv.Value.Count).ThenBy(kv => kv.Key).FirstOrDefault();
            if (ambiguous.Value is null)
            {
                var mapping = new Dictionary<BlankNode, BlankNode>();
                foreach (var (h, members) in classesA) mapping[members[0]] = classesB[h][0];
                return Verify(mapping) ? mapping : null;
            }

            var pick = ambiguous.Value[0];
            foreach (var candidate in classesB[ambiguous.Key])
            {
                var salt = ++_salt;
                var nA = new Dictionary<BlankNode, ulong>(hA) { [pick] = StableHash.Combine(hA[pick], salt) };
                var nB = new Dictionary<BlankNode, ulong>(hB) { [candidate] = StableHash.Combine(hB[candidate], salt) };
                var result = Run(nA, nB);
                if (result is not null) return result;
            }
            return null;
        }

        private (Dictionary<BlankNode, ulong>, Dictionary<BlankNode, ulong>) RefineBoth(Dictionary<BlankNode, ulong> hA, Dictionary<BlankNode, ulong> hB)
        {
            var count = BlankNodeHasher.DistinctCount(hA);
            while (true)
            {
                var nA = hasherA.Refine(hA);
                var nB = hasherB.Refine(hB);
                var nCount = BlankNodeHasher.DistinctCount(nA);
                hA = nA;
                hB = nB;
                if (nCount <= count) return (hA, hB);
                count = nCount;
            }
        }

        private static Dictionary<ulong, List<BlankNode>> Classes(Dictionary<BlankNode, ulong> hashes)
        {
            var classes = new Dictionary<ulong, List<BlankNode>>();
            foreach (var (b, h) in hashes)
            {
                if (!classes.TryGetValue(h, out var list)) classes[h] = list = [];
                list.Add(b);
            }
            return classes;
        }

        private bool Verify(Dictionary<BlankNode, BlankNode> mapping)
        {
            foreach (var q in quadsA)
            {
                var mapped = new Quad(Map(q.Subject), Map(q.Predicate), Map(q.Object), q.Graph is null ? null : Map(q.Graph));
                if (!quadsB.Contains(mapped)) return false;
            }
            return true;

            Term Map(Term t) => t is BlankNode b ? mapping[b] : t;
        }
    }
}
