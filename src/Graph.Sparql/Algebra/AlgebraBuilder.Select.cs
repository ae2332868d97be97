using Graph.Sparql.Syntax;

namespace Graph.Sparql.Algebra;

internal sealed partial class AlgebraBuilder
{
    // §18.2.4 Converting Groups, Aggregates, HAVING, final VALUES clause and SELECT Expressions; §18.2.5 solution modifiers.
    public Op TranslateSelect(SelectSyntax s, bool project, out IReadOnlyList<Variable> projected)
    {
        var p = TranslateGroup(s.Where);
        var aggregates = new List<AggregateBinding>();
        var byText = new Dictionary<string, Variable>(StringComparer.Ordinal);

        // Replace each aggregate with the variable its Group binds (equal aggregates share one).
        Expression Replace(Expression e) => OpRewriter.BottomUp(e, x =>
        {
            if (x is not AggregateExpression a) return x;
            var key = a.ToSse();
            if (!byText.TryGetValue(key, out var v))
            {
                v = new Variable("." + _aggregateVariables++);
                byText[key] = v;
                aggregates.Add(new AggregateBinding(v, a.Aggregate));
            }
            return new VariableExpression(v);
        });

        var projection = s.Projection?.Select(i => i with { Expression = i.Expression is null ? null : Replace(i.Expression) }).ToList();
        var having = s.Having.Select(Replace).ToList();
        var order = s.OrderBy.Select(c => c with { Expression = Replace(c.Expression) }).ToList();
        var grouping = s.GroupBy.Count > 0 || aggregates.Count > 0;

        HashSet<Variable>? groupScope = null;
        if (grouping)
        {
            if (project && projection is null) Error("SELECT * is not allowed in a grouped query", s.Position, "*");
            var keys = s.GroupBy.Select(k => new GroupKey(k.Expression, k.Variable)).ToList();
            p = new Group(p, keys, aggregates);
            groupScope = keys.Where(k => k.Variable is not null).Select(k => k.Variable!).Concat(aggregates.Select(a => a.Variable)).ToHashSet();
            if (having.Count > 0) p = Filter.Create(having, p);
        }
        else if (having.Count > 0) p = Filter.Create(having, p);

        if (s.Values is { } values) p = Join.Create(p, values);

        var outVars = new List<Variable>();
        if (projection is not null)
        {
            var scope = groupScope is null ? OpVariables.InScope(p).ToHashSet() : new HashSet<Variable>(groupScope);
            foreach (var item in projection)
            {
                if (item.Expression is null)
                {
                    if (groupScope is not null && !scope.Contains(item.Variable))
                        Error($"Variable {item.Variable} is projected but neither grouped nor aggregated", item.Position, item.Variable.ToString());
                }
                else
                {
                    if (scope.Contains(item.Variable) || outVars.Contains(item.Variable))
                        Error($"Variable {item.Variable} is already in scope; a select expression must bind a new variable", item.Position, item.Variable.ToString());
                    if (groupScope is not null)
                        foreach (var used in OpVariables.Mentioned(item.Expression))
                            if (!scope.Contains(used) && !outVars.Contains(used))
                                Error($"Variable {used} is used in a select expression but neither grouped nor aggregated", item.Position, used.ToString());
                    p = new Extend(p, item.Variable, item.Expression);
                    scope.Add(item.Variable);
                }
                if (!outVars.Contains(item.Variable)) outVars.Add(item.Variable);
            }
        }
        else outVars.AddRange(OpVariables.InScope(p).Where(v => !v.IsBlankNode && !v.Name.StartsWith('.')));

        if (order.Count > 0) p = new OrderBy(p, order);
        if (project) p = new Project(p, outVars);
        if (s.Distinct) p = new Distinct(p);
        else if (s.Reduced) p = new Reduced(p);
        if (s.Limit is not null || s.Offset is not null) p = new Slice(p, s.Offset ?? 0, s.Limit);
        projected = outVars;
        return p;
    }
}
