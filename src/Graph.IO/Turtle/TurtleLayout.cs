using Graph.Core.Terms;
using Graph.Core.Vocabularies;

namespace Graph.IO.Turtle;

/// <summary>
/// The shape of a pretty Turtle / TriG document before anything is written: statements grouped by graph, subject and
/// predicate, sorted; which blank nodes can be written inline as <c>[ ... ]</c> or <c>( ... )</c> and which need a label.
/// </summary>
internal sealed class TurtleLayout
{
    private readonly Dictionary<BlankNode, BlankInfo> _blanks = [];
    private readonly Dictionary<Term, GraphBlock> _named = [];
    private readonly PredicateTable _predicates = new();
    private SubjectEntry? _last;
    private Term? _lastGraph;

    public TurtleLayout(IEnumerable<Quad> quads)
    {
        foreach (var q in quads) Add(q);
        Blocks = _named.Count == 0 ? [Default] : [Default, .. _named.Values.OrderBy(b => b.Name!, TermComparer.Instance)];
        var ranks = _predicates.Ranks();
        foreach (var block in Blocks)
        {
            foreach (var subject in block.Subjects.Values) subject.SortAndDeduplicate(ranks);
            block.Roots = ChooseRoots(block);
        }
    }

    public GraphBlock Default { get; } = new(null);

    /// <summary>The default graph first, then the named graphs in term order.</summary>
    public IReadOnlyList<GraphBlock> Blocks { get; }

    public bool HasNamedGraphs => _named.Count > 0;

    /// <summary>A blank node written in place as an object (<c>[ ... ]</c>, <c>( ... )</c> or <c>[]</c>): exactly one reference, one graph.</summary>
    public bool IsInline(BlankNode b) => _blanks.TryGetValue(b, out var i) && i.ObjectReferences == 1 && i.Local && !i.Demoted;

    /// <summary>A blank node subject nothing refers to, written as <c>[]</c>.</summary>
    public bool IsAnonymousSubject(BlankNode b) => _blanks.TryGetValue(b, out var i) && i.ObjectReferences == 0 && i.Local;

    /// <summary>
    /// The items of the well-formed collection starting at the inline node <paramref name="head"/>, or null: every node
    /// has exactly one <c>rdf:first</c> and one <c>rdf:rest</c> and nothing else, and all but the head are inline too.
    /// </summary>
    public List<Term>? ListItems(BlankNode head, GraphBlock block)
    {
        List<Term>? items = null;
        Term node = head;
        while (!node.Equals(Rdf.Nil))
        {
            if (node is not BlankNode b || !IsInline(b) || !block.Subjects.TryGetValue(b, out var s)) return null;
            var pairs = s.Pairs;
            if (pairs.Count != 2 || !pairs[0].Predicate.Equals(Rdf.First) || !pairs[1].Predicate.Equals(Rdf.Rest)) return null;
            if (items is not null && items.Count > block.Subjects.Count) return null; // a cycle in rdf:rest
            (items ??= []).Add(pairs[0].Object);
            node = pairs[1].Object;
        }
        return items;
    }

    private void Add(in Quad q)
    {
        // Input usually comes grouped by subject (from a reader or a store index): skip the lookups while it does.
        var subject = _last;
        if (subject is null || !ReferenceEquals(q.Subject, subject.Subject) || !ReferenceEquals(q.Graph, _lastGraph))
        {
            GraphBlock block;
            if (q.Graph is null) block = Default;
            else if (!_named.TryGetValue(q.Graph, out block!)) _named[q.Graph] = block = new GraphBlock(q.Graph);
            if (!block.Subjects.TryGetValue(q.Subject, out subject)) block.Subjects[q.Subject] = subject = new SubjectEntry(q.Subject, block);
            _last = subject;
            _lastGraph = q.Graph;
        }
        subject.Pairs.Add(new Pair(_predicates.IdOf(q.Predicate), q.Predicate, q.Object));
        if (q.Subject is not BlankNode && q.Object is not BlankNode && q.Graph is not BlankNode && q.Predicate is not BlankNode) return;
        var block2 = subject.Block;

        if (q.Subject is BlankNode s) Info(s).SeenIn(block2);
        if (q.Predicate is BlankNode p) Info(p).Local = false;
        if (q.Object is BlankNode o)
        {
            var info = Info(o);
            info.SeenIn(block2);
            info.ObjectReferences++;
        }
        if (q.Graph is BlankNode g) Info(g).Local = false;
    }

    private BlankInfo Info(BlankNode b)
    {
        if (!_blanks.TryGetValue(b, out var info)) _blanks[b] = info = new BlankInfo();
        return info;
    }

    /// <summary>
    /// The subjects written at top level, in order: every subject that is not inline, plus inline nodes demoted to break
    /// cycles (a ring of nodes each referenced once has no top).
    /// </summary>
    private List<SubjectEntry> ChooseRoots(GraphBlock block)
    {
        var visited = new HashSet<BlankNode>();
        var stack = new Stack<SubjectEntry>();
        var sorted = SortedSubjects(block);
        foreach (var s in sorted)
            if (s.Subject is not BlankNode b || !IsInline(b)) Visit(s);
        foreach (var s in sorted)
        {
            if (s.Subject is not BlankNode b || !IsInline(b) || visited.Contains(b)) continue;
            _blanks[b].Demoted = true;
            visited.Add(b);
            Visit(s);
        }
        return [.. sorted.Where(s => s.Subject is not BlankNode b || !IsInline(b))];

        void Visit(SubjectEntry root)
        {
            if (!root.HasBlankObject) return;
            stack.Push(root);
            while (stack.Count > 0)
            {
                foreach (var pair in stack.Pop().Pairs)
                {
                    if (pair.Object is BlankNode b && IsInline(b) && visited.Add(b) && block.Subjects.TryGetValue(b, out var child))
                        stack.Push(child);
                }
            }
        }
    }

    /// <summary>Subjects in term order. IRIs (nearly all of them) sort on their strings directly, which is much faster.</summary>
    private static List<SubjectEntry> SortedSubjects(GraphBlock block)
    {
        var iris = new List<SubjectEntry>(block.Subjects.Count);
        var others = new List<SubjectEntry>();
        foreach (var entry in block.Subjects.Values) (entry.Subject is Iri ? iris : others).Add(entry);
        var keys = new string[iris.Count];
        for (var i = 0; i < keys.Length; i++) keys[i] = ((Iri)iris[i].Subject).Value;
        var items = iris.ToArray();
        Array.Sort(keys, items, StringComparer.Ordinal);
        others.Sort(static (x, y) => TermComparer.Instance.Compare(x.Subject, y.Subject));
        return [.. items, .. others];
    }

    private sealed class BlankInfo
    {
        private GraphBlock? _graph;

        public int ObjectReferences { get; set; }

        /// <summary>False once the node occurs in two graphs, as a graph name or as a predicate: it then needs a label.</summary>
        public bool Local { get; set; } = true;

        public bool Demoted { get; set; }

        public void SeenIn(GraphBlock block)
        {
            if (_graph is null) _graph = block;
            else if (!ReferenceEquals(_graph, block)) Local = false;
        }
    }
}
