using Graph.Core.Terms;
using Graph.Store;

namespace Graph.Sparql.Engine;

/// <summary>
/// The Graph Store a SPARQL 1.1 Update request changes (https://www.w3.org/TR/sparql11-update/#graphStore): the quads
/// of a <see cref="QuadStore"/>, plus the named graphs that exist while empty. A <see cref="QuadStore"/> only knows the
/// graphs holding quads, but CREATE, DROP and the failure of CLEAR / ADD / MOVE / COPY on a missing graph depend on
/// which graphs exist; a graph made by CREATE, or emptied by DELETE or CLEAR, goes on existing until it is dropped.
/// </summary>
/// <remarks>
/// Not thread-safe: like <see cref="QuadStore"/> writes, updates must be serialized and must not overlap readers. To
/// change data under live readers, update a <see cref="Copy"/> and swap it in.
/// </remarks>
public sealed class GraphStore
{
    private readonly HashSet<Iri> _emptyGraphs;

    public GraphStore(QuadStore store, IEnumerable<Iri>? emptyGraphs = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        Store = store;
        _emptyGraphs = [.. emptyGraphs ?? []];
    }

    public GraphStore() : this(new QuadStore()) { }

    /// <summary>The quads.</summary>
    public QuadStore Store { get; }

    /// <summary>Every named graph that exists: those holding quads and the empty ones, in IRI order.</summary>
    public IReadOnlyList<Iri> NamedGraphs =>
        Store.Graphs.Where(g => g != TermId.DefaultGraph).Select(g => (Iri)Store.Dictionary.Decode(g))
            .Concat(_emptyGraphs).Distinct().OrderBy(i => i.Value, StringComparer.Ordinal).ToList();

    /// <summary>The named graphs that exist without holding a quad, in IRI order.</summary>
    public IReadOnlyList<Iri> EmptyGraphs => _emptyGraphs.Where(g => !HasQuads(g)).OrderBy(i => i.Value, StringComparer.Ordinal).ToList();

    /// <summary>Whether the named graph exists (the default graph always does).</summary>
    public bool Contains(Iri graph) => _emptyGraphs.Contains(graph) || HasQuads(graph);

    /// <summary>A deep copy (its own dictionary and indexes), to update while readers keep this one.</summary>
    public GraphStore Copy()
    {
        var store = new QuadStore();
        store.Load(Store.Quads());
        return new GraphStore(store, EmptyGraphs);
    }

    internal bool HasQuads(Iri graph) =>
        Store.Dictionary.TryGetId(graph, out var id) && Store.CountMatches(TermId.Any, TermId.Any, TermId.Any, id) > 0;

    /// <summary>Records that <paramref name="graph"/> exists even when empty.</summary>
    internal bool Declare(Iri graph) => _emptyGraphs.Add(graph);

    internal bool Undeclare(Iri graph) => _emptyGraphs.Remove(graph);

    internal HashSet<Iri> SnapshotDeclarations() => [.. _emptyGraphs];

    internal void RestoreDeclarations(HashSet<Iri> snapshot)
    {
        _emptyGraphs.Clear();
        _emptyGraphs.UnionWith(snapshot);
    }
}
