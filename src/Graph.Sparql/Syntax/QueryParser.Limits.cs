namespace Graph.Sparql.Syntax;

/// <summary>
/// How large one expression, one graph pattern or one property path may grow. The parser recurses per nesting level,
/// and the algebra, the optimiser and the engine walk the trees recursively; operator chains (<c>1+1+…</c>, UNION
/// after UNION, <c>p/p/…</c>) build trees as deep as they are long. So each construct, counted from its outermost
/// occurrence, may hold at most <see cref="MaxNodes"/> nested or chained parts; beyond that the query is refused with
/// a syntax error instead of overflowing the stack (found by fuzz/; real queries stay far below). The bound holds
/// on a thread-pool thread's 1.5 MB stack, where the server runs queries: 1,000 nested calls did not, every time.
/// </summary>
internal sealed partial class QueryParser
{
    internal const int MaxNodes = 256;

    /// <summary>One budget per kind of tree: its nesting level and the parts counted since the outermost one began.</summary>
    private struct Budget(string what)
    {
        public int Level;
        public int Nodes;
        public readonly string What = what;
    }

    private Budget _expressions = new("expression");
    private Budget _patterns = new("graph pattern");
    private Budget _paths = new("property path");

    /// <summary>Enters a nested construct of the budget's kind (the outermost one starts a fresh count).</summary>
    private void Enter(ref Budget budget)
    {
        if (budget.Level++ == 0) budget.Nodes = 0;
        Count(ref budget);
    }

    private static void Exit(ref Budget budget) => budget.Level--;

    /// <summary>Counts one more nested or chained part (an operator, a UNION branch, a path step).</summary>
    private void Count(ref Budget budget)
    {
        if (++budget.Nodes > MaxNodes)
            Error($"The {budget.What} is too large: more than {MaxNodes} nested or chained parts", Current);
    }
}
