namespace Graph.Store;

public sealed partial class QuadStore
{
    /// <summary>
    /// Statistics for a graph selection (<see cref="TermId.DefaultGraph"/>, a graph id, <see cref="TermId.AnyGraph"/>
    /// or <see cref="TermId.AnyNamedGraph"/>). In "any" selections, a term counts once even when it occurs in several
    /// graphs, and a triple in two graphs counts twice in <see cref="StoreStatistics.Quads"/>. O(n) in the selection.
    /// </summary>
    public StoreStatistics GetStatistics(int graph = TermId.AnyGraph)
    {
        var state = State;
        var predicates = new Dictionary<int, int>();
        var quads = 0;
        foreach (var run in Runs(state, IndexOrder.Gpos, graph))
        {
            predicates[run.Term] = predicates.GetValueOrDefault(run.Term) + run.Count;
            quads += run.Count;
        }
        return new StoreStatistics(
            quads,
            CountDistinct(Runs(state, IndexOrder.Gspo, graph)),
            predicates.Count,
            CountDistinct(Runs(state, IndexOrder.Gosp, graph)),
            predicates);
    }

    private static int CountDistinct(IEnumerable<(int Term, int Count)> runs)
    {
        var n = 0;
        var last = -1;
        foreach (var (term, _) in runs)
        {
            if (term != last) n++;
            last = term;
        }
        return n;
    }

    // Runs of equal leading term (subject, predicate or object by family) in the family's index for the selection,
    // in ascending term order when the graph is fixed or graph-last; per graph otherwise (callers merge).
    private static IEnumerable<(int Term, int Count)> Runs(StoreState state, IndexOrder family, int graph)
    {
        if (graph >= 0) return RunsInRange(state.Indexes[(int)family]!, new IndexKey(graph, 0, 0, 0), 1, leading: 1, skipDefault: false);
        if (state.HasGraphLastIndexes)
            return RunsInRange(state.Indexes[(int)family + 3]!, default, 0, leading: 0, skipDefault: graph == TermId.AnyNamedGraph);
        if (state.Graphs.Length == 0 || (graph == TermId.AnyNamedGraph && state.Graphs[0] == TermId.DefaultGraph)) return [];
        return RunsInRange(state.Indexes[(int)family]!, new IndexKey(state.Graphs[0], 0, 0, 0), 1, leading: 1, skipDefault: false);
    }

    private static IEnumerable<(int Term, int Count)> RunsInRange(SortedQuadIndex index, IndexKey prefix, int length, int leading, bool skipDefault)
    {
        var (start, end) = index.Range(prefix, length);
        var keys = index.Keys;
        int term = 0, count = 0;
        for (var i = start; i < end; i++)
        {
            if (skipDefault && keys[i].D == TermId.DefaultGraph) continue;
            var t = leading == 0 ? keys[i].A : keys[i].B;
            if (t != term && count > 0)
            {
                yield return (term, count);
                count = 0;
            }
            term = t;
            count++;
        }
        if (count > 0) yield return (term, count);
    }
}
