using Graph.Sparql.Algebra;

namespace Graph.Sparql.Optimization;

/// <summary>One named algebra rewrite; it must preserve the query's results (SPARQL 1.1 §18 semantics).</summary>
public interface IOptimizationPass
{
    /// <summary>A short name used by <c>--explain</c>.</summary>
    string Name { get; }

    Op Apply(Op op);
}
