using Graph.Core.Diagnostics;
using Graph.Sparql.Syntax;

namespace Graph.Sparql.Algebra;

/// <summary>
/// Translates the parsed syntax to algebra exactly as SPARQL 1.1 §18.2 describes: group graph patterns (§18.2.2.6),
/// property paths (§18.2.2.4), filter scoping to the group (§18.2.2.5), grouping and aggregates, HAVING, VALUES, select
/// expressions and the solution modifiers (§18.2.4–5). Also enforces the rules the grammar alone cannot (§18.2.1 scoping,
/// §19.8 notes): BIND and select-expression variables must be new, SELECT * needs no GROUP BY, grouped queries may only
/// project group keys and aggregates.
/// </summary>
internal sealed partial class AlgebraBuilder(string? file)
{
    private int _pathVariables;
    private int _aggregateVariables;

    public Query Build(QuerySyntax q)
    {
        var op = TranslateSelect(q.Body, q.Form == QueryForm.Select, out var variables);
        IReadOnlyList<PatternNode> targets = q.DescribeTargets ?? (q.Form == QueryForm.Describe
            ? OpVariables.InScope(op).Where(v => !v.IsBlankNode).Cast<PatternNode>().ToList() : []);
        return new Query(q.Form, op, q.Dataset, variables, q.Template, targets, q.BaseIri, q.Prefixes);
    }

    // §18.2.2.6 Translate(GroupGraphPattern)
    public Op TranslateGroup(GroupSyntax group)
    {
        if (group.SubSelect is { } sub) return TranslateSelect(sub, project: true, out _);
        Op g = Bgp.Empty;
        var filters = new List<Expression>();
        foreach (var element in group.Elements)
        {
            switch (element)
            {
                case TriplesElement t: g = Join.Create(g, TranslateTriples(t.Triples)); break;
                case FilterElement f: filters.Add(f.Expression); break;
                case OptionalElement o:
                    var a = TranslateGroup(o.Group);
                    // Only the optional group's own FILTERs become the LeftJoin condition: a filter of a nested
                    // group ({ { … FILTER … } }) stays scoped to that group (Join(Z, Filter) is simplified only later).
                    g = a is Filter af && o.Group.Elements.Any(e => e is FilterElement)
                        ? new LeftJoin(g, af.Input, af.Expression)
                        : new LeftJoin(g, a, null);
                    break;
                case MinusElement m: g = new Minus(g, TranslateGroup(m.Group)); break;
                case UnionElement u:
                    var union = TranslateGroup(u.Groups[0]);
                    for (var k = 1; k < u.Groups.Count; k++) union = new Union(union, TranslateGroup(u.Groups[k]));
                    g = Join.Create(g, union);
                    break;
                case GraphElement ge: g = Join.Create(g, new GraphPattern(ge.Name, TranslateGroup(ge.Group))); break;
                case ServiceElement se: g = Join.Create(g, new Service(se.Endpoint, TranslateGroup(se.Group), se.Silent, se.Text)); break;
                case BindElement b:
                    if (OpVariables.InScope(g).Contains(b.Variable))
                        Error($"BIND assigns {b.Variable}, which is already in scope", b.Position, b.Variable.ToString());
                    g = new Extend(g, b.Variable, b.Expression);
                    break;
                case ValuesElement v: g = Join.Create(g, v.Table); break;
                default: throw new System.Diagnostics.UnreachableException(element.GetType().Name);
            }
        }
        return Filter.Create(filters, g);
    }

    // §18.2.2.4 (property paths) and §18.2.2.6 (adjacent triple patterns form one BGP)
    private Op TranslateTriples(List<SyntaxTriple> triples)
    {
        Op result = Bgp.Empty;
        var patterns = new List<TriplePattern>();
        void Add(PatternNode s, PropertyPath p, PatternNode o)
        {
            switch (p)
            {
                case PathLink l: patterns.Add(new TriplePattern(s, new TermNode(l.Predicate), o)); break;
                case PathInverse { Path: PathLink l }: patterns.Add(new TriplePattern(o, new TermNode(l.Predicate), s)); break;
                case PathSequence q:
                    var v = new Variable("_:?s" + _pathVariables++);
                    Add(s, q.Left, v);
                    Add(v, q.Right, o);
                    break;
                default:
                    if (patterns.Count > 0) { result = Join.Create(result, new Bgp(patterns.ToList())); patterns.Clear(); }
                    result = Join.Create(result, new PathPattern(s, Normalize(p), o));
                    break;
            }
        }
        foreach (var t in triples)
        {
            if (t.Path is null) patterns.Add(new TriplePattern(t.Subject, t.Predicate!, t.Object));
            else Add(t.Subject, t.Path, t.Object);
        }
        return patterns.Count > 0 ? Join.Create(result, new Bgp(patterns)) : result is Bgp { IsEmpty: true } ? new Bgp([]) : result;
    }

    /// <summary>§18.2.2.4: <c>!(a|^b)</c> becomes <c>alt(NPS(a), inv(NPS(b)))</c>; an inverse-only set becomes <c>inv(NPS)</c>.</summary>
    private static PropertyPath Normalize(PropertyPath p) => p switch
    {
        PathNegatedPropertySet { Inverse.Count: 0 } n => n,
        PathNegatedPropertySet { Forward.Count: 0 } n => new PathInverse(new PathNegatedPropertySet(n.Inverse, [])),
        PathNegatedPropertySet n => new PathAlternative(new PathNegatedPropertySet(n.Forward, []), new PathInverse(new PathNegatedPropertySet(n.Inverse, []))),
        PathLink => p,
        PathInverse i => new PathInverse(Normalize(i.Path)),
        PathSequence s => new PathSequence(Normalize(s.Left), Normalize(s.Right)),
        PathAlternative a => new PathAlternative(Normalize(a.Left), Normalize(a.Right)),
        PathZeroOrMore z => new PathZeroOrMore(Normalize(z.Path)),
        PathOneOrMore o => new PathOneOrMore(Normalize(o.Path)),
        PathZeroOrOne q => new PathZeroOrOne(Normalize(q.Path)),
        _ => throw new System.Diagnostics.UnreachableException(p.GetType().Name),
    };

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    private void Error(string message, TextPosition position, string? offending = null) =>
        throw new RdfSyntaxException(new SyntaxError(message, position, offending, file));
}
