using Graph.Core.Terms;
using Graph.Sparql.Algebra;

namespace Graph.Sparql.Optimization;

/// <summary>
/// <c>Filter(?x = &lt;iri&gt;, BGP)</c> and <c>Filter(sameTerm(?x, term), BGP)</c> become <c>Extend(BGP[?x := term], ?x, term)</c>:
/// the constant goes into the triple patterns, where an index lookup uses it, instead of testing every row. Only IRIs are
/// substituted for <c>=</c> (for IRIs equality is identity; for literals <c>=</c> compares values, e.g. <c>1 = 1.0</c>);
/// <c>sameTerm</c> is identity for every term. The variable must occur in the BGP so it is certainly bound.
/// </summary>
public sealed class FilterEqualityPlacement : IOptimizationPass
{
    public string Name => "filter-equality-placement";

    public Op Apply(Op op) => OpRewriter.BottomUp(op, node =>
        node is Filter f && Match(f.Expression) is var (v, term) && TryPlace(f.Input, v, term) is { } placed ? placed : node);

    // Filter pushing leaves one conjunct per filter, so earlier placements and other conjuncts show up as Extends and Filters over the BGP: look through them.
    private static Op? TryPlace(Op input, Variable v, Term term)
    {
        switch (input)
        {
            case Bgp bgp when bgp.Patterns.Any(t => t.Variables().Contains(v)):
                PatternNode Sub(PatternNode n) => n == v ? new TermNode(term) : n;
                var rewritten = new Bgp(bgp.Patterns.Select(t => new TriplePattern(Sub(t.Subject), Sub(t.Predicate), Sub(t.Object))).ToList());
                return new Extend(rewritten, v, new ConstantExpression(term));
            case Extend x when x.Variable != v && !OpVariables.Mentioned(x.Expression).Contains(v):
                return TryPlace(x.Input, v, term) is { } inner ? x with { Input = inner } : null;
            case Filter f:
                return TryPlace(f.Input, v, term) is { } below ? f with { Input = below } : null;
            default:
                return null;
        }
    }

    private static (Variable, Term)? Match(Expression e) => e switch
    {
        BinaryExpression { Operator: BinaryOperator.Equal, Left: VariableExpression v, Right: ConstantExpression { Term: Iri i } } => (v.Variable, i),
        BinaryExpression { Operator: BinaryOperator.Equal, Left: ConstantExpression { Term: Iri i }, Right: VariableExpression v } => (v.Variable, i),
        BuiltInCall { Function: BuiltInFunction.SameTerm, Args: [VariableExpression v, ConstantExpression c] } => (v.Variable, c.Term),
        BuiltInCall { Function: BuiltInFunction.SameTerm, Args: [ConstantExpression c, VariableExpression v] } => (v.Variable, c.Term),
        _ => null,
    };
}
