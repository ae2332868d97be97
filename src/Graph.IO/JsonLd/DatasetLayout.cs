using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
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
        /// <summary>IRI subjects, then blank node subjects that cannot be nested, each in term order.</summary>
        public List<(Term Subject, List<(Iri Predicate, Term Object)> Entries)> SortedSubjects = [];
        /// <summary>Blank node subjects that can be nested (<see cref="IsNestable"/>), in no order.</summary>
        public List<(Term Subject, List<(Iri Predicate, Term Object)> Entries)> NestableSubjects = [];
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

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Add(in Quad q)
    {
        if (q.Predicate is not Iri predicate) throw JsonLdException.Of("invalid RDF term", "generalized RDF (a predicate that is not an IRI) cannot be written");
        if (q.Subject is Literal) throw JsonLdException.Of("invalid RDF term", "a literal subject cannot be written");
        GraphPart part;
        if (q.Graph is null) part = Default;
        else if (!Named.TryGetValue(q.Graph, out part!)) Named[q.Graph] = part = new GraphPart();
        List<(Iri, Term)>? entries;
        if (_lastEntries is not null && ReferenceEquals(q.Subject, _lastSubject) && ReferenceEquals(q.Graph, _lastGraph)) entries = _lastEntries;
        else
        {
            if (!part.Subjects.TryGetValue(q.Subject, out entries)) part.Subjects[q.Subject] = entries = [];
            if (q.Subject is BlankNode bs) Track(bs, q.Graph); // once per run of statements about it: the graph is the same
        }
        (_lastSubject, _lastGraph, _lastEntries) = (q.Subject, q.Graph, entries);
        entries.Add((predicate, q.Object));
        if (q.Object is BlankNode bo)
        {
            CollectionsMarshal.GetValueRefOrAddDefault(part.ObjectReferences, bo, out _)++;
            Track(bo, q.Graph);
        }
        if (q.Graph is BlankNode bg) _sharedAcrossGraphs.Add(bg);
    }

    /// <summary>Sorts the subjects once every statement was added.</summary>
    public void Complete()
    {
        Sort(Default);
        foreach (var part in Named.Values) Sort(part);
    }

    private void Track(BlankNode b, Term? graph)
    {
        if (!_blankGraph.TryGetValue(b, out var seen)) _blankGraph[b] = graph;
        else if (!Equals(seen, graph)) _sharedAcrossGraphs.Add(b);
    }

    /// <summary>
    /// Subjects in term order (<see cref="TermComparer"/>: IRIs, then blank nodes, each by ordinal string). Sorting each
    /// kind on its strings directly is several times faster than the general comparer over a heap of a million terms.
    /// Nestable blank nodes are set aside unsorted: the compacted form writes them inside their referrer.
    /// </summary>
    private void Sort(GraphPart part)
    {
        var iris = new List<(Term, List<(Iri, Term)>)>(part.Subjects.Count);
        var blanks = new List<(Term, List<(Iri, Term)>)>();
        foreach (var (t, entries) in part.Subjects)
        {
            if (t is Iri) iris.Add((t, entries));
            else if (IsNestable(part, (BlankNode)t)) part.NestableSubjects.Add((t, entries));
            else blanks.Add((t, entries));
        }
        part.SortedSubjects = new(iris.Count + blanks.Count);
        part.SortedSubjects.AddRange(ByString(iris));
        part.SortedSubjects.AddRange(ByString(blanks));
    }

    /// <summary>Every subject of the graph in term order, nestable blank nodes included (for the expanded form).</summary>
    public static List<(Term Subject, List<(Iri Predicate, Term Object)> Entries)> AllSubjectsSorted(GraphPart part)
    {
        if (part.NestableSubjects.Count == 0) return part.SortedSubjects;
        var all = part.SortedSubjects.Where(s => s.Subject is Iri).ToList();
        all.AddRange(ByString([.. part.SortedSubjects.Where(s => s.Subject is BlankNode), .. part.NestableSubjects]));
        return all;
    }

    /// <summary>Sorts subjects of one kind (all IRIs or all blank nodes) on their strings.</summary>
    public static (Term, List<(Iri, Term)>)[] ByString(List<(Term, List<(Iri, Term)>)> subjects)
    {
        var keys = new string[subjects.Count];
        for (var i = 0; i < keys.Length; i++) keys[i] = subjects[i].Item1 is Iri iri ? iri.Value : ((BlankNode)subjects[i].Item1).Label;
        var items = subjects.ToArray();
        Array.Sort(keys, items, StringComparer.Ordinal);
        return items;
    }

    /// <summary>The statements of a subject in a graph (none if it is only ever an object).</summary>
    public static List<(Iri Predicate, Term Object)> EntriesOf(GraphPart part, Term subject) =>
        part.Subjects.TryGetValue(subject, out var entries) ? entries : [];

    /// <summary>True when the blank node can be written nested inside the one node that references it.</summary>
    public bool IsNestable(GraphPart part, BlankNode b) =>
        part.ObjectReferences.TryGetValue(b, out var n) && n == 1 && !_sharedAcrossGraphs.Contains(b);
}
