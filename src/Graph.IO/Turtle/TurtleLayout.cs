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
    private readonly List<SubjectEntry> _entries = [];
    private SubjectEntry? _last;
    private Term? _lastGraph;

    // Pairs in arrival order with the index of their entry. Grouped once at the end into one array: a few large
    // arrays instead of a list per subject keeps the garbage collector from copying the whole layout around.
    private Pair[] _arrived = new Pair[1024];
    private int[] _owners = new int[1024];
    private int _count;

    /// <summary>An empty layout: <see cref="Add"/> the statements, then <see cref="Complete"/> it.</summary>
    public TurtleLayout() { }

    public TurtleLayout(IEnumerable<Quad> quads)
    {
        if (quads.TryGetNonEnumeratedCount(out var n) && n > _arrived.Length)
        {
            _arrived = new Pair[n];
            _owners = new int[n];
        }
        foreach (var q in quads) Add(q);
        Complete();
    }

    /// <summary>Groups, sorts and chooses the inline nodes once every statement was added.</summary>
    public void Complete()
    {
        GroupPairs();
        Blocks = _named.Count == 0 ? [Default] : [Default, .. _named.Values.OrderBy(b => b.Name!, TermComparer.Instance)];
        var ranks = _predicates.Ranks();
        foreach (var entry in _entries) entry.SortAndDeduplicate(ranks);
        foreach (var block in Blocks) block.Roots = ChooseRoots(block);
    }

    public GraphBlock Default { get; } = new(null);

    /// <summary>The default graph first, then the named graphs in term order.</summary>
    public IReadOnlyList<GraphBlock> Blocks { get; private set; } = [];

    public bool HasNamedGraphs => _named.Count > 0;

    /// <summary>A blank node written in place as an object (<c>[ ... ]</c>, <c>( ... )</c> or <c>[]</c>): exactly one reference, one graph.</summary>
    public bool IsInline(BlankNode b) => _blanks.TryGetValue(b, out var i) && i.IsInline;

    /// <summary>Whether <paramref name="b"/> is written in place, and if so its statements (null when it has none).</summary>
    public bool TryGetInline(BlankNode b, out SubjectEntry? entry)
    {
        var found = _blanks.TryGetValue(b, out var i) && i.IsInline;
        entry = found ? i.Entry : null;
        return found;
    }

    /// <summary>A blank node subject nothing refers to, written as <c>[]</c>.</summary>
    public bool IsAnonymousSubject(BlankNode b) => _blanks.TryGetValue(b, out var i) && i.ObjectReferences == 0 && !i.Shared;

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

    public void Add(in Quad q)
    {
        // Input usually comes grouped by subject (from a reader or a store index): skip the lookups while it does.
        var subject = _last;
        if (subject is null || !ReferenceEquals(q.Subject, subject.Subject) || !ReferenceEquals(q.Graph, _lastGraph))
        {
            GraphBlock block;
            if (q.Graph is null) block = Default;
            else if (!_named.TryGetValue(q.Graph, out block!)) _named[q.Graph] = block = new GraphBlock(q.Graph);
            if (!block.Subjects.TryGetValue(q.Subject, out subject))
            {
                block.Subjects[q.Subject] = subject = new SubjectEntry(q.Subject, block, _entries.Count);
                _entries.Add(subject);
                if (q.Subject is BlankNode s)
                {
                    ref var info = ref Info(s);
                    info.SeenIn(block);
                    info.Entry ??= subject;
                }
            }
            _last = subject;
            _lastGraph = q.Graph;
        }
        if (_count == _arrived.Length)
        {
            Array.Resize(ref _arrived, _count * 2);
            Array.Resize(ref _owners, _count * 2);
        }
        _arrived[_count] = new Pair(_predicates.IdOf(q.Predicate), q.Predicate, q.Object);
        _owners[_count++] = subject.Index;
        subject.Count++;

        if (q.Predicate is BlankNode p) Info(p).Local = false;
        if (q.Object is BlankNode o)
        {
            ref var info = ref Info(o);
            info.SeenIn(subject.Block);
            info.ObjectReferences++;
        }
        if (q.Graph is BlankNode g) Info(g).Local = false;
    }

    /// <summary>A counting sort of the arrived pairs by entry, so that each entry's pairs are one slice of one array.</summary>
    private void GroupPairs()
    {
        var grouped = new Pair[_count];
        var next = new int[_entries.Count];
        var start = 0;
        foreach (var entry in _entries)
        {
            next[entry.Index] = start;
            entry.Pairs = new ArraySegment<Pair>(grouped, start, entry.Count);
            start += entry.Count;
        }
        for (var i = 0; i < _count; i++) grouped[next[_owners[i]]++] = _arrived[i];
        _arrived = [];
        _owners = [];
    }

    private ref BlankInfo Info(BlankNode b) =>
        ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_blanks, b, out _);

    /// <summary>
    /// The subjects written at top level, in order: every subject that is not inline, plus inline nodes demoted to break
    /// cycles (a ring of nodes each referenced once has no top). Only those are sorted: the inline nodes, about half the
    /// subjects of blank-node-heavy data, are written where they are referenced.
    /// </summary>
    private List<SubjectEntry> ChooseRoots(GraphBlock block)
    {
        var stack = new Stack<SubjectEntry>();
        var roots = new List<SubjectEntry>(block.Subjects.Count);
        var inline = new List<SubjectEntry>();
        foreach (var s in block.Subjects.Values) (s.Subject is BlankNode b && IsInline(b) ? inline : roots).Add(s);
        roots = SortedSubjects(roots);
        foreach (var s in roots) Visit(s);
        var orphans = inline.Where(s => !Info((BlankNode)s.Subject).Visited).ToList();
        if (orphans.Count == 0) return roots;
        foreach (var s in SortedSubjects(orphans))
        {
            ref var info = ref Info((BlankNode)s.Subject);
            if (info.Visited) continue;
            info.Demoted = true;
            info.Visited = true;
            Visit(s);
            roots.Add(s);
        }
        return SortedSubjects(roots);

        // Marks the inline nodes reachable from root (an inline node lives in one graph: its entry is in this block).
        void Visit(SubjectEntry root)
        {
            if (!root.HasBlankObject) return;
            stack.Push(root);
            while (stack.Count > 0)
            {
                foreach (var pair in stack.Pop().Pairs)
                {
                    if (pair.Object is not BlankNode b) continue;
                    ref var info = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrNullRef(_blanks, b);
                    if (System.Runtime.CompilerServices.Unsafe.IsNullRef(ref info) || !info.IsInline || info.Visited) continue;
                    info.Visited = true;
                    if (info.Entry is { } child) stack.Push(child);
                }
            }
        }
    }

    /// <summary>Subjects in term order. IRIs (nearly all of them) sort on their strings directly, which is much faster.</summary>
    private static List<SubjectEntry> SortedSubjects(List<SubjectEntry> subjects)
    {
        var iris = new List<SubjectEntry>(subjects.Count);
        var others = new List<SubjectEntry>();
        foreach (var entry in subjects) (entry.Subject is Iri ? iris : others).Add(entry);
        var keys = new string[iris.Count];
        for (var i = 0; i < keys.Length; i++) keys[i] = ((Iri)iris[i].Subject).Value;
        var items = iris.ToArray();
        Array.Sort(keys, items, StringComparer.Ordinal);
        others.Sort(static (x, y) => TermComparer.Instance.Compare(x.Subject, y.Subject));
        return [.. items, .. others];
    }

    private struct BlankInfo
    {
        private GraphBlock? _graph;

        public int ObjectReferences;

        /// <summary>Set once the node occurs in two graphs, as a graph name or as a predicate: it then needs a label.</summary>
        public bool Shared;

        public bool Demoted;

        /// <summary>Reached from a top-level subject while choosing the roots.</summary>
        public bool Visited;

        /// <summary>The node's statements as a subject (in the first graph it appeared in), if any.</summary>
        public SubjectEntry? Entry;

        public readonly bool IsInline => ObjectReferences == 1 && !Shared && !Demoted;

        public bool Local { readonly get => !Shared; set => Shared = !value; }

        public void SeenIn(GraphBlock block)
        {
            if (_graph is null) _graph = block;
            else if (!ReferenceEquals(_graph, block)) Shared = true;
        }
    }
}
