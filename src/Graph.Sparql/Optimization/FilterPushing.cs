using Graph.Sparql.Algebra;

namespace Graph.Sparql.Optimization;

/// <summary>
/// Splits filter conjunctions and moves each conjunct as close to the data as the semantics allow, so rows are dropped
/// before joins multiply them. A conjunct moves into one side of a Join, into the left of a LeftJoin or Minus, through
/// Extend (when it does not read the new variable), Distinct, Reduced, OrderBy and into both branches of a Union — only
/// when every variable it reads is certainly bound on that side (an unbound variable makes a filter an error, so moving
/// it to where the variable may not be bound yet would change results). Constant <c>true</c> conjuncts are dropped. It never enters the right of an OPTIONAL or MINUS,
/// a Group, a Slice or a sub-query that projects the variable away.
/// </summary>
public sealed class FilterPushing : IOptimizationPass
{
    public string Name => "filter-pushing";

    public Op Apply(Op op) => OpRewriter.BottomUp(op, node => node is Filter f ? Push(f.Expression, f.Input) : node);

    private static Op Push(Expression e, Op input)
    {
        var conjuncts = e.Conjuncts();
        foreach (var c in conjuncts)
        {
            // In a filter only the effective boolean value matters, so a constant true conjunct can go.
            if (c is ConstantExpression { Term: Graph.Core.Terms.Literal { LexicalForm: "true" } l } && l.Datatype.Equals(Graph.Core.Vocabularies.Xsd.Boolean)) continue;
            input = PushOne(c, input);
        }
        return input;
    }

    private static Op PushOne(Expression e, Op input)
    {
        var vars = OpVariables.Mentioned(e);
        bool BoundIn(Op op) => vars.IsSubsetOf(OpVariables.CertainlyBound(op));
        if (e is ExistsExpression || ContainsExists(e)) return new Filter(e, input);
        return input switch
        {
            Join j when BoundIn(j.Left) => new Join(PushOne(e, j.Left), j.Right),
            Join j when BoundIn(j.Right) => new Join(j.Left, PushOne(e, j.Right)),
            LeftJoin l when BoundIn(l.Left) => l with { Left = PushOne(e, l.Left) },
            Minus m => m with { Left = PushOne(e, m.Left) },
            Union u => new Union(PushOne(e, u.Left), PushOne(e, u.Right)),
            Extend x when !vars.Contains(x.Variable) => x with { Input = PushOne(e, x.Input) },
            Distinct d => new Distinct(PushOne(e, d.Input)),
            Reduced r => new Reduced(PushOne(e, r.Input)),
            OrderBy o => o with { Input = PushOne(e, o.Input) },
            Filter f => new Filter(f.Expression, PushOne(e, f.Input)),
            GraphPattern g when BoundIn(g.Input) && !(g.Name is Variable gv && vars.Contains(gv)) => g with { Input = PushOne(e, g.Input) },
            Project p when vars.IsSubsetOf(p.Variables) && BoundIn(p.Input) => p with { Input = PushOne(e, p.Input) },
            _ => new Filter(e, input),
        };
    }

    private static bool ContainsExists(Expression e) => e is ExistsExpression || e.Arguments.Any(ContainsExists);
}
