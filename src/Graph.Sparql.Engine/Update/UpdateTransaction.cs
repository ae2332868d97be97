using Graph.Core.Terms;
using Graph.Store;

namespace Graph.Sparql.Engine.Update;

/// <summary>
/// The changes of one update request to a <see cref="GraphStore"/>, with an undo log: every quad that was really
/// added or removed, and the empty-graph declarations as they were, so that a failing request leaves the store as it
/// found it (SPARQL 1.1 Update §2.2: a request is atomic). Terms added to the dictionary stay (they are unreferenced).
/// </summary>
internal sealed class UpdateTransaction(GraphStore target)
{
    private readonly List<(QuadIds Quad, bool Added)> _log = [];
    private readonly HashSet<Iri> _declarations = target.SnapshotDeclarations();
    private readonly HashSet<int> _emptiedCandidates = [];

    public GraphStore Target { get; } = target;

    public QuadStore Store => Target.Store;

    public int Inserted { get; private set; }

    public int Deleted { get; private set; }

    public void Insert(in Quad quad) => Insert(Store.Encode(quad));

    public void Insert(QuadIds ids)
    {
        if (!Store.Add(ids)) return;
        _log.Add((ids, true));
        Inserted++;
    }

    public void Delete(in Quad quad)
    {
        if (Store.TryEncode(quad, out var ids)) Delete(ids);
    }

    public void Delete(QuadIds ids)
    {
        if (!Store.Remove(ids)) return;
        _log.Add((ids, false));
        Deleted++;
        if (ids.Graph != TermId.DefaultGraph) _emptiedCandidates.Add(ids.Graph);
    }

    /// <summary>Every quad of one store graph (0 = the default graph), as ids, materialised.</summary>
    public QuadIds[] QuadsOf(int graph) => [.. Store.Match(TermId.Any, TermId.Any, TermId.Any, graph)];

    /// <summary>The store id of a graph, adding the IRI to the dictionary (writer-side).</summary>
    public int EncodeGraph(Iri? graph) => graph is null ? TermId.DefaultGraph : Store.Dictionary.GetOrAdd(graph);

    /// <summary>The store id of a graph (<see cref="TermId.Unknown"/> when no quad ever named it).</summary>
    public int GraphId(Iri? graph) =>
        graph is null ? TermId.DefaultGraph : Store.Dictionary.TryGetId(graph, out var id) ? id : TermId.Unknown;

    /// <summary>
    /// Ends one operation: a named graph it emptied by deleting goes on existing (only DROP ends a graph), unless the
    /// operation dropped it.
    /// </summary>
    public void EndOperation(IReadOnlySet<Iri> dropped)
    {
        foreach (var id in _emptiedCandidates)
        {
            if (Store.CountMatches(TermId.Any, TermId.Any, TermId.Any, id) > 0) continue;
            var graph = (Iri)Store.Dictionary.Decode(id);
            if (!dropped.Contains(graph)) Target.Declare(graph);
        }
        _emptiedCandidates.Clear();
    }

    /// <summary>Undoes every change, newest first.</summary>
    public void Rollback()
    {
        for (var i = _log.Count - 1; i >= 0; i--)
        {
            var (quad, added) = _log[i];
            if (added) Store.Remove(quad);
            else Store.Add(quad);
        }
        _log.Clear();
        Target.RestoreDeclarations(_declarations);
        Inserted = Deleted = 0;
    }
}
