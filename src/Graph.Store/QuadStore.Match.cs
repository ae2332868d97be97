namespace Graph.Store;

public sealed partial class QuadStore
{
    /// <summary>
    /// The quads matching a pattern of ids. <paramref name="subject"/>, <paramref name="predicate"/> and
    /// <paramref name="object"/> are term ids or <see cref="TermId.Any"/>; <paramref name="graph"/> is a graph id,
    /// <see cref="TermId.DefaultGraph"/>, <see cref="TermId.AnyGraph"/> or <see cref="TermId.AnyNamedGraph"/>.
    /// Results come in the order of the index that serves the pattern (see <see cref="IndexOrder"/>).
    /// </summary>
    public QuadEnumerator Match(int subject, int predicate, int @object, int graph = TermId.AnyGraph)
    {
        var state = State;
        if (!Plan(state, subject, predicate, @object, graph, out var index, out var prefix, out var length, out var skipDefault))
            return QuadEnumerator.Empty;
        var (start, end) = index.Range(prefix, length);
        return new QuadEnumerator(index.Keys, start, end, index.Order, skipDefault);
    }

    /// <summary>
    /// The exact number of quads matching a pattern (same arguments as <see cref="Match"/>), in O(log n): two binary
    /// searches, plus two more for <see cref="TermId.AnyNamedGraph"/>. Cheap enough for join ordering.
    /// </summary>
    public int CountMatches(int subject, int predicate, int @object, int graph = TermId.AnyGraph)
    {
        var state = State;
        if (!Plan(state, subject, predicate, @object, graph, out var index, out var prefix, out var length, out var skipDefault))
            return 0;
        var (start, end) = index.Range(prefix, length);
        var count = end - start;
        if (skipDefault)
        {
            Plan(state, subject, predicate, @object, TermId.DefaultGraph, out index, out prefix, out length, out _);
            var (s, e) = index.Range(prefix, length);
            count -= e - s;
        }
        return count;
    }

    // Chooses the index and key prefix for a pattern (the table in IndexOrder); false when nothing can match.
    private static bool Plan(StoreState state, int s, int p, int o, int g,
        out SortedQuadIndex index, out IndexKey prefix, out int length, out bool skipDefault)
    {
        if (s < 0 || p < 0 || o < 0) throw new ArgumentOutOfRangeException(nameof(s), "term ids in a pattern are ≥ 0");
        if (g < TermId.AnyNamedGraph) throw new ArgumentOutOfRangeException(nameof(g), g, "not a graph id or selector");
        skipDefault = false;
        var graphLeading = true;
        if (g < 0)
        {
            if (state.HasGraphLastIndexes)
            {
                graphLeading = false;
                skipDefault = g == TermId.AnyNamedGraph;
            }
            else if (state.Graphs.Length == 0 || (g == TermId.AnyNamedGraph && state.Graphs[0] == TermId.DefaultGraph))
            {
                // One graph at most: "any graph" is that graph; "any named graph" is empty when it is the default.
                index = state.Gspo; prefix = default; length = 0;
                return false;
            }
            else g = state.Graphs[0];
        }
        var shape = (s != 0, p != 0, o != 0) switch
        {
            (_, false, false) or (true, true, _) => IndexOrder.Gspo,
            (false, true, _) => IndexOrder.Gpos,
            (_, false, true) => IndexOrder.Gosp,
        };
        var order = graphLeading ? shape : shape + 3;
        index = state.Indexes[(int)order]!;
        prefix = order.ToKey(new QuadIds(s, p, o, graphLeading ? g : 0));
        length = (s != 0 ? 1 : 0) + (p != 0 ? 1 : 0) + (o != 0 ? 1 : 0) + (graphLeading ? 1 : 0);
        return true;
    }
}
