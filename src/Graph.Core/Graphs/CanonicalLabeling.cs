using System.Globalization;
using Graph.Core.Terms;

namespace Graph.Core.Graphs;

/// <summary>
/// Canonical blank node labels (<c>b0</c>, <c>b1</c>, …) that depend only on the structure of a set of quads, not on
/// the input labels or order, so that writers produce byte-identical output for isomorphic inputs
/// (RDF 1.1 Concepts §3.6 isomorphism; in the spirit of Hogan's iso-canonical labelling, not RDFC-1.0).
/// </summary>
/// <remarks>
/// Colour refinement (<see cref="BlankNodeHasher"/>) gives every blank node a structural hash. Nodes refinement cannot
/// tell apart are split by individualisation, per connected component: each candidate of the smallest ambiguous class
/// is tried, and the one whose refined colouring is smallest wins. For automorphic nodes (the usual cause of ties)
/// every choice yields the same labelled graph, so the result is canonical. Two known limits: non-automorphic nodes
/// that refinement cannot separate and that also give equal colourings (rare, highly regular graphs), and classes too
/// large for <see cref="SearchBudget"/>, fall back to input order.
/// </remarks>
public static class CanonicalLabeling
{
    /// <summary>Above this many (class size × component size) refinements per step, the first candidate is taken.</summary>
    public const int SearchBudget = 1 << 20;

    /// <summary>The canonical label of every blank node occurring in <paramref name="quads"/>.</summary>
    public static IReadOnlyDictionary<BlankNode, BlankNode> Compute(IEnumerable<Quad> quads)
    {
        var distinct = quads as IReadOnlySet<Quad> ?? new HashSet<Quad>(quads);
        var withBlanks = distinct.Where(HasBlankNode).ToList();
        var result = new Dictionary<BlankNode, BlankNode>();
        if (withBlanks.Count == 0) return result;

        var hasher = new BlankNodeHasher(withBlanks);
        var hashes = hasher.RefineToStable(hasher.InitialHashes());

        var components = Components(withBlanks);
        var ordered = new List<(ulong[] Signature, List<BlankNode> Nodes)>(components.Count);
        foreach (var (nodes, componentQuads) in components)
        {
            if (HasTies(nodes, hashes)) Individualize(nodes, componentQuads, hashes);
            nodes.Sort((x, y) => hashes[x].CompareTo(hashes[y]));
            var signature = new ulong[nodes.Count];
            for (var i = 0; i < nodes.Count; i++) signature[i] = hashes[nodes[i]];
            ordered.Add((signature, nodes));
        }
        // Isomorphic components have equal signatures; their relative order does not change the labelled graph.
        ordered.Sort((x, y) => CompareSignatures(x.Signature, y.Signature));

        var next = 0;
        foreach (var (_, nodes) in ordered)
            foreach (var b in nodes)
                result[b] = new BlankNode("b" + (next++).ToString(CultureInfo.InvariantCulture));
        return result;
    }

    /// <summary>
    /// The distinct quads with every blank node replaced by its canonical label (in no particular order); a set without
    /// blank nodes is handed back as is (a converter's graph has none: copying it cost a large array per dump).
    /// </summary>
    public static IReadOnlyCollection<Quad> RelabelOrSelf(IEnumerable<Quad> quads)
    {
        var distinct = quads as IReadOnlySet<Quad> ?? new HashSet<Quad>(quads);
        foreach (var q in distinct)
            if (HasBlankNode(q)) return Relabel(distinct);
        return distinct;
    }

    /// <summary>The distinct quads with every blank node replaced by its canonical label (in no particular order).</summary>
    public static List<Quad> Relabel(IEnumerable<Quad> quads)
    {
        var distinct = quads as IReadOnlySet<Quad> ?? new HashSet<Quad>(quads);
        var labels = Compute(distinct);
        var list = new List<Quad>(distinct.Count);
        foreach (var q in distinct)
        {
            list.Add(HasBlankNode(q)
                ? new Quad(Map(q.Subject), Map(q.Predicate), Map(q.Object), q.Graph is null ? null : Map(q.Graph))
                : q);
        }
        return list;

        Term Map(Term t) => t is BlankNode b ? labels[b] : t;
    }

    private static bool HasBlankNode(Quad q) =>
        q.Subject is BlankNode || q.Predicate is BlankNode || q.Object is BlankNode || q.Graph is BlankNode;

    private static bool HasTies(List<BlankNode> nodes, Dictionary<BlankNode, ulong> hashes)
    {
        if (nodes.Count < 2) return false;
        var seen = new HashSet<ulong>();
        foreach (var b in nodes)
            if (!seen.Add(hashes[b])) return true;
        return false;
    }

    /// <summary>Splits the remaining classes of one component until every node has its own hash.</summary>
    private static void Individualize(List<BlankNode> nodes, List<Quad> quads, Dictionary<BlankNode, ulong> global)
    {
        var hasher = new BlankNodeHasher(quads);
        var current = new Dictionary<BlankNode, ulong>(nodes.Count);
        foreach (var b in nodes) current[b] = global[b];
        for (ulong round = 1; ; round++)
        {
            var ambiguous = SmallestAmbiguousClass(current);
            if (ambiguous is null) break;
            var salt = StableHash.Combine(0xC4A11, round);
            var tryAll = (long)ambiguous.Count * nodes.Count <= SearchBudget;
            Dictionary<BlankNode, ulong>? best = null;
            ulong[]? bestColours = null;
            foreach (var candidate in tryAll ? ambiguous : ambiguous.Take(1))
            {
                var trial = new Dictionary<BlankNode, ulong>(current) { [candidate] = StableHash.Combine(current[candidate], salt) };
                trial = hasher.RefineToStable(trial);
                var colours = trial.Values.Order().ToArray();
                if (bestColours is null || CompareSignatures(colours, bestColours) < 0)
                {
                    best = trial;
                    bestColours = colours;
                }
            }
            current = best!;
        }
        foreach (var (b, h) in current) global[b] = h;
    }

    private static List<BlankNode>? SmallestAmbiguousClass(Dictionary<BlankNode, ulong> hashes)
    {
        var classes = new Dictionary<ulong, List<BlankNode>>();
        foreach (var (b, h) in hashes)
        {
            if (!classes.TryGetValue(h, out var list)) classes[h] = list = [];
            list.Add(b);
        }
        List<BlankNode>? best = null;
        var bestHash = 0UL;
        foreach (var (h, members) in classes)
        {
            if (members.Count < 2) continue;
            if (best is null || members.Count < best.Count || (members.Count == best.Count && h < bestHash))
            {
                best = members;
                bestHash = h;
            }
        }
        return best;
    }

    /// <summary>Connected components of the blank nodes (linked when they share a quad), with their quads.</summary>
    private static List<(List<BlankNode> Nodes, List<Quad> Quads)> Components(List<Quad> quads)
    {
        var index = new Dictionary<BlankNode, int>();
        var parent = new List<int>();
        foreach (var q in quads)
        {
            var first = -1;
            Link(q.Subject, ref first);
            Link(q.Predicate, ref first);
            Link(q.Object, ref first);
            if (q.Graph is not null) Link(q.Graph, ref first);
        }

        var byRoot = new Dictionary<int, (List<BlankNode> Nodes, List<Quad> Quads)>();
        foreach (var (b, i) in index) Get(Find(i)).Nodes.Add(b);
        foreach (var q in quads) Get(Find(index[FirstBlank(q)])).Quads.Add(q);
        return [.. byRoot.Values];

        (List<BlankNode> Nodes, List<Quad> Quads) Get(int root)
        {
            if (!byRoot.TryGetValue(root, out var c)) byRoot[root] = c = ([], []);
            return c;
        }

        void Link(Term t, ref int first)
        {
            if (t is not BlankNode b) return;
            if (!index.TryGetValue(b, out var i))
            {
                index[b] = i = parent.Count;
                parent.Add(i);
            }
            if (first < 0) first = i;
            else
            {
                var (ra, rb) = (Find(first), Find(i));
                if (ra != rb) parent[Math.Max(ra, rb)] = Math.Min(ra, rb);
            }
        }

        int Find(int i)
        {
            while (parent[i] != i) i = parent[i] = parent[parent[i]];
            return i;
        }
    }

    private static BlankNode FirstBlank(Quad q) => (BlankNode)(
        q.Subject as BlankNode ?? q.Predicate as BlankNode ?? q.Object as BlankNode ?? q.Graph as BlankNode)!;

    private static int CompareSignatures(ulong[] a, ulong[] b)
    {
        var c = a.Length.CompareTo(b.Length);
        return c != 0 ? c : a.AsSpan().SequenceCompareTo(b);
    }
}
