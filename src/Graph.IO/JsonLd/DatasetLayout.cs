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

    public static DatasetLayout Build(IEnumerable<Quad> quads)
    {
        var layout = new DatasetLayout();
        // Statements usually come grouped by subject: remember the last list to skip most dictionary lookups.
        Term? lastSubject = null;
        Term? lastGraph = null;
        List<(Iri, Term)>? lastEntries = null;
        foreach (var q in quads)
        {
            if (q.Predicate is not Iri predicate) throw JsonLdException.Of("invalid RDF term", "generalized RDF (a predicate that is not an IRI) cannot be written");
            if (q.Subject is Literal) throw JsonLdException.Of("invalid RDF term", "a literal subject cannot be written");
            GraphPart part;
            if (q.Graph is null) part = layout.Default;
            else if (!layout.Named.TryGetValue(q.Graph, out part!)) layout.Named[q.Graph] = part = new GraphPart();
            List<(Iri, Term)>? entries;
            if (lastEntries is not null && ReferenceEquals(q.Subject, lastSubject) && ReferenceEquals(q.Graph, lastGraph)) entries = lastEntries;
            else if (!part.Subjects.TryGetValue(q.Subject, out entries)) part.Subjects[q.Subject] = entries = [];
            (lastSubject, lastGraph, lastEntries) = (q.Subject, q.Graph, entries);
            entries.Add((predicate, q.Object));
            if (q.Object is BlankNode bo)
            {
                part.ObjectReferences[bo] = part.ObjectReferences.GetValueOrDefault(bo) + 1;
                layout.Track(bo, q.Graph);
            }
            if (q.Subject is BlankNode bs) layout.Track(bs, q.Graph);
            if (q.Graph is BlankNode bg) layout._sharedAcrossGraphs.Add(bg);
        }
        layout.Default.SortedSubjects = Sort(layout.Default.Subjects.Keys);
        foreach (var part in layout.Named.Values) part.SortedSubjects = Sort(part.Subjects.Keys);
        return layout;
    }

    private void Track(BlankNode b, Term? graph)
    {
        if (!_blankGraph.TryGetValue(b, out var seen)) _blankGraph[b] = graph;
        else if (!Equals(seen, graph)) _sharedAcrossGraphs.Add(b);
    }

    private static List<Term> Sort(IEnumerable<Term> subjects)
    {
        var list = new List<Term>(subjects);
        list.Sort(TermComparer.Instance);
        return list;
    }

    /// <summary>True when the blank node can be written nested inside the one node that references it.</summary>
    public bool IsNestable(GraphPart part, BlankNode b) =>
        part.ObjectReferences.TryGetValue(b, out var n) && n == 1 && !_sharedAcrossGraphs.Contains(b);
}
