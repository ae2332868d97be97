namespace Graph.Sparql.Algebra;

/// <summary>
/// Variables of algebra: <see cref="InScope"/> follows the "in-scope" table of SPARQL 1.1 §18.2.1 (used for SELECT *,
/// BIND / select-expression checks and filter placement); <see cref="Mentioned"/> collects every variable of an expression.
/// </summary>
public static class OpVariables
{
    /// <summary>The in-scope variables of <paramref name="op"/>, in first-appearance order.</summary>
    public static IReadOnlyList<Variable> InScope(Op op)
    {
        var set = new List<Variable>();
        var seen = new HashSet<Variable>();
        Collect(op, v => { if (seen.Add(v)) set.Add(v); });
        return set;
    }

    /// <summary>The variables that are certainly bound in every solution of <paramref name="op"/> (conservative).</summary>
    public static IReadOnlySet<Variable> CertainlyBound(Op op) => op switch
    {
        Bgp b => b.Patterns.SelectMany(t => t.Variables()).ToHashSet(),
        PathPattern p => new[] { p.Subject, p.Object }.OfType<Variable>().ToHashSet(),
        Join j => CertainlyBound(j.Left).Union(CertainlyBound(j.Right)).ToHashSet(),
        LeftJoin l => CertainlyBound(l.Left),
        Filter f => CertainlyBound(f.Input),
        Union u => CertainlyBound(u.Left).Intersect(CertainlyBound(u.Right)).ToHashSet(),
        Minus m => CertainlyBound(m.Left),
        GraphPattern g => CertainlyBound(g.Input).Union(g.Name is Variable v ? [v] : []).ToHashSet(),
        Extend e => CertainlyBound(e.Input),
        Table t => t.Variables.Where((v, i) => t.Rows.All(r => r[i] is not null)).ToHashSet(),
        Group => new HashSet<Variable>(), // a key variable is unbound in the group of rows lacking it
        OrderBy o => CertainlyBound(o.Input),
        Project p => CertainlyBound(p.Input).Intersect(p.Variables).ToHashSet(),
        Distinct d => CertainlyBound(d.Input),
        Reduced r => CertainlyBound(r.Input),
        Slice s => CertainlyBound(s.Input),
        Service s => CertainlyBound(s.Input),
        _ => throw new System.Diagnostics.UnreachableException(op.GetType().Name),
    };

    private static void Collect(Op op, Action<Variable> add)
    {
        switch (op)
        {
            case Bgp b: foreach (var t in b.Patterns) foreach (var v in t.Variables()) add(v); break;
            case PathPattern p: if (p.Subject is Variable s) add(s); if (p.Object is Variable o) add(o); break;
            case Join or LeftJoin or Union or Filter or OrderBy or Distinct or Reduced or Slice or Service:
                foreach (var c in op.Children) Collect(c, add);
                break;
            case Minus m: Collect(m.Left, add); break;
            case GraphPattern g: if (g.Name is Variable gv) add(gv); Collect(g.Input, add); break;
            case Extend e: Collect(e.Input, add); add(e.Variable); break;
            case Table t: foreach (var v in t.Variables) add(v); break;
            case Group g:
                foreach (var k in g.Keys) if (k.Variable is { } kv) add(kv);
                foreach (var a in g.Aggregates) add(a.Variable);
                break;
            case Project p: foreach (var v in p.Variables) add(v); break;
            default: throw new System.Diagnostics.UnreachableException(op.GetType().Name);
        }
    }

    /// <summary>Every variable an expression reads (including those inside EXISTS patterns).</summary>
    public static IReadOnlySet<Variable> Mentioned(Expression e)
    {
        var set = new HashSet<Variable>();
        void Walk(Expression x)
        {
            if (x is VariableExpression v) set.Add(v.Variable);
            if (x is ExistsExpression ex) foreach (var v2 in InScope(ex.Pattern)) set.Add(v2);
            foreach (var a in x.Arguments) Walk(a);
        }
        Walk(e);
        return set;
    }
}
