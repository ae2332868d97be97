using Graph.Core.Terms;

namespace Graph.IO.JsonLd;

/// <summary>
/// The writer's view of a dataset: statements grouped by graph and subject, subjects sorted, and the blank nodes that can
/// be nested (referenced exactly once, as an object, within a single graph, and never a graph name).
/// </summary>
internal sealed class DatasetLayout
{
    public sealed class GraphPart
    {
        public readonly Dictionary<Term, List<(Iri Predicate, Term Object)>> Subjects = [];
        public readonly Dictionary<BlankNode, int> ObjectReferences = [];
        public List<Term> SortedSubjects = [];
    }

    public GraphPart Default { get; } = new();

    public SortedDictionary<Term, GraphPart> Named { get; } = new(TermComparer.Instance);

    private readonly Dictionary<BlankNode, Term?> _blankGraph = [];
    private readonly HashSet<BlankNode> _sharedAcrossGraphs = [];

    // Statements usually come grouped by subject: remember the last list to skip most dictionary lookups.
    private Term? _lastSubject;
    private Term? _lastGraph;
    private List<(Iri, Term)>? _lastEntries;

    public static DatasetLayout Build(IEnumerable<Quad> quads)
    {
        var layout = new DatasetLayout();
        foreach (var q in quads) layout.Add(q);
        layout.Complete();
        return layout;
    }

    public void Add(in Quad q)
    {
        if (q.Predicate is not Iri predicate) throw JsonLdException.Of("invalid RDF term", "generalized RDF (a predicate that is not an IRI) cannot be written");
        if (q.Subject is Literal) throw JsonLdException.Of("invalid RDF term", "a literal subject cannot be written");
        GraphPart part;
        if (q.Graph is null) part = Default;
        else if (!Named.TryGetValue(q.Graph, out part!)) Named[q.Graph] = part = new GraphPart();
        List<(Iri, Term)>? entries;
        if (_lastEntries is not null && ReferenceEquals(q.Subject, _lastSubject) && ReferenceEquals(q.Graph, _lastGraph)) entries = _lastEntries;
        else if (!part.Subjects.TryGetValue(q.Subject, out entries)) part.Subjects[q.Subject] = entries = [];
        (_lastSubject, _lastGraph, _lastEntries) = (q.Subject, q.Graph, entries);
        entries.Add((predicate, q.Object));
        if (q.Object is BlankNode bo)
        {
            part.ObjectReferences[bo] = part.ObjectReferences.GetValueOrDefault(bo) + 1;
            Track(bo, q.Graph);
        }
        if (q.Subject is BlankNode bs) Track(bs, q.Graph);
        if (q.Graph is BlankNode bg) _sharedAcrossGraphs.Add(bg);
    }

    /// <summary>Sorts the subjects once every statement was added.</summary>
    public void Complete()
    {
        Default.SortedSubjects = Sort(Default.Subjects.Keys);
        foreach (var part in Named.Values) part.SortedSubjects = Sort(part.Subjects.Keys);
    }

    private void Track(BlankNode b, Term? graph)
    {
        if (!_blankGraph.TryGetValue(b, out var seen)) _blankGraph[b] = graph;
        else if (!Equals(seen, graph)) _sharedAcrossGraphs.Add(b);
    }

    /// <summary>
    /// Subjects in term order (<see cref="TermComparer"/>: IRIs, then blank nodes, each by ordinal string). Sorting each
    /// kind on its strings directly is several times faster than the general comparer over a heap of a million terms.
    /// </summary>
    private static List<Term> Sort(ICollection<Term> subjects)
    {
        var iris = new List<Term>(subjects.Count);
        var blanks = new List<Term>();
        var others = new List<Term>();
        foreach (var t in subjects) (t is Iri ? iris : t is BlankNode ? blanks : others).Add(t);
        var sorted = new List<Term>(subjects.Count);
        sorted.AddRange(ByString(iris, static t => ((Iri)t).Value));
        sorted.AddRange(ByString(blanks, static t => ((BlankNode)t).Label));
        others.Sort(TermComparer.Instance);
        sorted.AddRange(others);
        return sorted;
    }

    private static Term[] ByString(List<Term> terms, Func<Term, string> key)
    {
        var keys = new string[terms.Count];
        for (var i = 0; i < keys.Length; i++) keys[i] = key(terms[i]);
        var items = terms.ToArray();
        Array.Sort(keys, items, StringComparer.Ordinal);
        return items;
    }

    /// <summary>True when the blank node can be written nested inside the one node that references it.</summary>
    public bool IsNestable(GraphPart part, BlankNode b) =>
        part.ObjectReferences.TryGetValue(b, out var n) && n == 1 && !_sharedAcrossGraphs.Contains(b);
}
