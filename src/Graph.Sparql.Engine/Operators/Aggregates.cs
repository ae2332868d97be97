using System.Text;
using Graph.Core.Terms;
using Graph.Sparql.Algebra;
using Graph.Sparql.Engine.Evaluation;
using Graph.Sparql.Engine.Expressions;
using Graph.Sparql.Engine.Functions;

namespace Graph.Sparql.Engine.Operators;

/// <summary>The set functions of SPARQL 1.1 §18.5.1 over one group. Null is an error (the variable stays unbound).</summary>
internal static class Aggregates
{
    public static Term? Compute(AggregateFunction function, bool distinct, ExprFn? argument, string separator,
        List<int[]> rows, ActiveGraph graph, EvalContext ctx)
    {
        if (argument is null) // COUNT(*)
            return Literal.Integer(distinct ? rows.Distinct(RowKeyComparer.Instance).Count() : rows.Count);

        // Errors and unbound values are left out of the multiset (ListEval drops them).
        IEnumerable<Term> values = rows.Select(r => argument(r, graph, ctx)).Where(v => v is not null)!;
        if (distinct) values = values.Distinct();
        var list = values.ToList();

        switch (function)
        {
            case AggregateFunction.Count:
                return Literal.Integer(list.Count);
            case AggregateFunction.Sum:
                return Sum(list);
            case AggregateFunction.Avg:
                if (list.Count == 0) return Literal.Integer(0);
                return Sum(list) is { } total ? NumericFunctions.Divide(total, Literal.Integer(list.Count)) : null;
            case AggregateFunction.Min:
                return list.Count == 0 ? null : list.Min(OrderByComparer.Instance);
            case AggregateFunction.Max:
                return list.Count == 0 ? null : list.Max(OrderByComparer.Instance);
            case AggregateFunction.Sample:
                return list.Count == 0 ? null : list[0];
            case AggregateFunction.GroupConcat:
                return GroupConcat(list, separator);
            default:
                throw new System.Diagnostics.UnreachableException(function.ToString());
        }
    }

    private static Term? Sum(List<Term> values)
    {
        Term total = Literal.Integer(0);
        foreach (var v in values)
        {
            if (NumericFunctions.Add(total, v) is not { } next) return null;
            total = next;
        }
        return total;
    }

    /// <summary>The lexical forms joined into a simple literal (language tags are dropped, as the W3C tests expect).</summary>
    private static Term? GroupConcat(List<Term> values, string separator)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < values.Count; i++)
        {
            if (values[i] is not Literal l) return null;
            if (i > 0) sb.Append(separator);
            sb.Append(l.LexicalForm);
        }
        return Literal.String(sb.ToString());
    }
}
