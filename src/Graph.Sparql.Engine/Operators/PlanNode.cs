using Graph.Sparql.Engine.Evaluation;

namespace Graph.Sparql.Engine.Operators;

/// <summary>
/// A physical operator. A row is an <c>int[]</c> of term ids, one slot per query variable (0 = unbound). Every operator
/// extends a seed row (the bindings already fixed from outside: empty at the top, the current solution inside EXISTS
/// or on the right of a bind join) and yields new rows; it never mutates rows it did not create.
/// </summary>
internal abstract class PlanNode
{
    /// <summary>Slots this operator may bind (used for join keys and to decide whether a bind join is safe).</summary>
    public abstract IReadOnlySet<int> Binds { get; }

    /// <summary>
    /// True when evaluating with a seed gives exactly the seed-compatible rows of evaluating without it, i.e. the
    /// operator contains no FILTER, OPTIONAL, MINUS, BIND, aggregation or sub-select whose meaning depends on
    /// bindings arriving from outside. Only such operators are evaluated as the inner side of a bind join.
    /// </summary>
    public abstract bool SeedTransparent { get; }

    public abstract IEnumerable<int[]> Evaluate(int[] seed, ActiveGraph graph, EvalContext ctx);

    /// <summary>The SSE-like name used by <c>--explain</c> for the physical plan.</summary>
    public abstract string Describe();

    protected static HashSet<int> Union(IEnumerable<int> a, IEnumerable<int> b)
    {
        var s = new HashSet<int>(a);
        s.UnionWith(b);
        return s;
    }
}
