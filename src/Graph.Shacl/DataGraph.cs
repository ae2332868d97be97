using Graph.Core.Terms;
using Graph.Core.Vocabularies;

namespace Graph.Shacl;

/// <summary>
/// The data graph indexed for validation: subject+predicate → objects (predicate paths), object+predicate → subjects
/// (inverse paths and <c>sh:targetObjectsOf</c>), and the types of each node closed over <c>rdfs:subClassOf</c>
/// (SHACL instances, https://www.w3.org/TR/shacl/#dfn-shacl-instance). Graph names are ignored: SHACL validates a graph.
/// </summary>
internal sealed class DataGraph
{
    private readonly Dictionary<(Term, Term), List<Term>> _objects = [];
    private readonly Dictionary<(Term, Term), List<Term>> _subjects = [];
    private readonly Dictionary<Term, List<Term>> _bySubjectPredicate = [];
    private readonly Dictionary<Term, List<Term>> _byObjectPredicate = [];
    private readonly Dictionary<Term, HashSet<Term>> _superClasses = [];
    private readonly List<Term> _nodes = [];

    public DataGraph(IEnumerable<Quad> quads)
    {
        var seen = new HashSet<(Term, Term, Term)>();
        var nodes = new HashSet<Term>();
        foreach (var q in quads)
        {
            if (!seen.Add((q.Subject, q.Predicate, q.Object))) continue;
            Add(_objects, (q.Subject, q.Predicate), q.Object);
            Add(_subjects, (q.Object, q.Predicate), q.Subject);
            Add(_bySubjectPredicate, q.Predicate, q.Subject);
            Add(_byObjectPredicate, q.Predicate, q.Object);
            if (nodes.Add(q.Subject)) _nodes.Add(q.Subject);
            if (nodes.Add(q.Object)) _nodes.Add(q.Object);
            if (q.Predicate.Equals(Rdfs.SubClassOf))
            {
                if (!_superClasses.TryGetValue(q.Subject, out var set)) _superClasses[q.Subject] = set = [];
                set.Add(q.Object);
            }
        }
    }

    public IReadOnlyList<Term> Objects(Term subject, Term predicate) =>
        _objects.TryGetValue((subject, predicate), out var l) ? l : [];

    public IReadOnlyList<Term> Subjects(Term predicate, Term obj) =>
        _subjects.TryGetValue((obj, predicate), out var l) ? l : [];

    public IEnumerable<Term> SubjectsOf(Term predicate) =>
        _bySubjectPredicate.TryGetValue(predicate, out var l) ? l.Distinct() : [];

    public IEnumerable<Term> ObjectsOf(Term predicate) =>
        _byObjectPredicate.TryGetValue(predicate, out var l) ? l.Distinct() : [];

    public IReadOnlyList<Term> AllNodes() => _nodes;

    /// <summary>Nodes that are SHACL instances of <paramref name="cls"/> (typed with it or with one of its subclasses).</summary>
    public IEnumerable<Term> InstancesOf(Term cls)
    {
        var classes = new HashSet<Term> { cls };
        var changed = true;
        while (changed)
        {
            changed = false;
            foreach (var (sub, supers) in _superClasses)
                if (!classes.Contains(sub) && supers.Overlaps(classes)) changed = classes.Add(sub) || changed;
        }
        return classes.SelectMany(c => Subjects(Rdf.Type, c)).Distinct();
    }

    /// <summary>True when <paramref name="node"/> is a SHACL instance of <paramref name="cls"/>.</summary>
    public bool IsInstanceOf(Term node, Term cls)
    {
        var pending = new Stack<Term>(Objects(node, Rdf.Type));
        var seen = new HashSet<Term>();
        while (pending.Count > 0)
        {
            var t = pending.Pop();
            if (t.Equals(cls)) return true;
            if (!seen.Add(t)) continue;
            if (_superClasses.TryGetValue(t, out var supers))
                foreach (var s in supers) pending.Push(s);
        }
        return false;
    }

    private static void Add<TKey>(Dictionary<TKey, List<Term>> index, TKey key, Term value) where TKey : notnull
    {
        if (!index.TryGetValue(key, out var list)) index[key] = list = [];
        list.Add(value);
    }
}
