namespace Graph.Sparql.Algebra;

/// <summary>
/// Bottom-up rewriting of algebra trees: one traversal shared by the builder and every optimiser pass, so that no pass
/// carries its own visitor hierarchy. Patterns inside EXISTS are rewritten too.
/// </summary>
public static class OpRewriter
{
    /// <summary>Rewrites children first, then applies <paramref name="rewrite"/> to the rebuilt node.</summary>
    public static Op BottomUp(Op op, Func<Op, Op> rewrite)
    {
        var children = op.Children;
        if (children.Count > 0)
        {
            Op[]? rebuilt = null;
            for (var i = 0; i < children.Count; i++)
            {
                var c = BottomUp(children[i], rewrite);
                if (!ReferenceEquals(c, children[i])) (rebuilt ??= children.ToArray())[i] = c;
            }
            if (rebuilt is not null) op = op.WithChildren(rebuilt);
        }
        return rewrite(op);
    }

    /// <summary>Rewrites an expression bottom-up.</summary>
    public static Expression BottomUp(Expression e, Func<Expression, Expression> rewrite)
    {
        var args = e.Arguments;
        if (args.Count > 0)
        {
            Expression[]? rebuilt = null;
            for (var i = 0; i < args.Count; i++)
            {
                var a = BottomUp(args[i], rewrite);
                if (!ReferenceEquals(a, args[i])) (rebuilt ??= args.ToArray())[i] = a;
            }
            if (rebuilt is not null) e = e.WithArguments(rebuilt);
        }
        return rewrite(e);
    }

    /// <summary>Applies <paramref name="rewrite"/> to every expression held directly by an operator.</summary>
    public static Op MapExpressions(Op op, Func<Expression, Expression> rewrite) => op switch
    {
        Filter f => f with { Expression = rewrite(f.Expression) },
        LeftJoin { Expression: not null } l => l with { Expression = rewrite(l.Expression) },
        Extend e => e with { Expression = rewrite(e.Expression) },
        OrderBy o => o with { Conditions = o.Conditions.Select(c => c with { Expression = rewrite(c.Expression) }).ToArray() },
        Group g => g with
        {
            Keys = g.Keys.Select(k => k with { Expression = rewrite(k.Expression) }).ToArray(),
            Aggregates = g.Aggregates.Select(a => a.Aggregate.Expression is null ? a
                : a with { Aggregate = a.Aggregate with { Expression = rewrite(a.Aggregate.Expression) } }).ToArray(),
        },
        _ => op,
    };
}
