using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Graph.Core.Terms;
using Graph.Core.Vocabularies;

namespace Graph.Sparql.Algebra;

/// <summary>
/// Writes algebra in an SSE (S-expression) form close to Apache Jena's, on one line with single spaces, so that tests
/// and <c>--explain</c> can show and compare trees as text. Deterministic: no hashing or ordering of its own.
/// </summary>
public static partial class SseWriter
{
    public static string Write(Op op) { var sb = new StringBuilder(); Append(sb, op); return sb.ToString(); }

    public static string Write(Expression e) { var sb = new StringBuilder(); Append(sb, e); return sb.ToString(); }

    public static string Write(PropertyPath p) { var sb = new StringBuilder(); Append(sb, p); return sb.ToString(); }

    public static string Write(Query q)
    {
        var sb = new StringBuilder("(").Append(q.Form.ToString().ToLowerInvariant());
        if (q.Dataset is { } d)
        {
            foreach (var g in d.Default) sb.Append(" (from ").Append(TermText(g)).Append(')');
            foreach (var g in d.Named) sb.Append(" (fromnamed ").Append(TermText(g)).Append(')');
        }
        if (q.Form == QueryForm.Select) sb.Append(" (").AppendJoin(' ', q.Variables).Append(')');
        if (q.Form == QueryForm.Construct) { sb.Append(" (template"); foreach (var t in q.Template) { sb.Append(' '); Append(sb, t); } sb.Append(')'); }
        if (q.Form == QueryForm.Describe) sb.Append(" (").AppendJoin(' ', q.DescribeTargets.Select(NodeText)).Append(')');
        sb.Append(' ');
        Append(sb, q.Pattern);
        return sb.Append(')').ToString();
    }

    public static void Append(StringBuilder sb, Op op)
    {
        switch (op)
        {
            case Bgp b:
                sb.Append("(bgp");
                foreach (var t in b.Patterns) { sb.Append(' '); Append(sb, t); }
                sb.Append(')');
                break;
            case PathPattern p:
                sb.Append("(path ").Append(NodeText(p.Subject)).Append(' ');
                Append(sb, p.Path);
                sb.Append(' ').Append(NodeText(p.Object)).Append(')');
                break;
            case Join j: Node(sb, "join", j.Left, j.Right); break;
            case LeftJoin l:
                sb.Append("(leftjoin "); Append(sb, l.Left); sb.Append(' '); Append(sb, l.Right);
                if (l.Expression is not null) { sb.Append(' '); Append(sb, l.Expression); }
                sb.Append(')');
                break;
            case Filter f: sb.Append("(filter "); Append(sb, f.Expression); sb.Append(' '); Append(sb, f.Input); sb.Append(')'); break;
            case Union u: Node(sb, "union", u.Left, u.Right); break;
            case Minus m: Node(sb, "minus", m.Left, m.Right); break;
            case GraphPattern g: sb.Append("(graph ").Append(NodeText(g.Name)).Append(' '); Append(sb, g.Input); sb.Append(')'); break;
            case Extend e:
                sb.Append("(extend ((").Append(e.Variable).Append(' '); Append(sb, e.Expression); sb.Append(")) ");
                Append(sb, e.Input); sb.Append(')');
                break;
            case Table t: AppendTable(sb, t); break;
            case Group g: AppendGroup(sb, g); break;
            case OrderBy o:
                sb.Append("(order (");
                for (var i = 0; i < o.Conditions.Count; i++)
                {
                    if (i > 0) sb.Append(' ');
                    var c = o.Conditions[i];
                    if (c.Descending) { sb.Append("(desc "); Append(sb, c.Expression); sb.Append(')'); }
                    else Append(sb, c.Expression);
                }
                sb.Append(") "); Append(sb, o.Input); sb.Append(')');
                break;
            case Project p: sb.Append("(project (").AppendJoin(' ', p.Variables).Append(") "); Append(sb, p.Input); sb.Append(')'); break;
            case Distinct d: Node(sb, "distinct", d.Input); break;
            case Reduced r: Node(sb, "reduced", r.Input); break;
            case Slice s:
                sb.Append("(slice ").Append(s.Offset == 0 ? "_" : s.Offset.ToString(CultureInfo.InvariantCulture)).Append(' ')
                  .Append(s.Limit is { } lim ? lim.ToString(CultureInfo.InvariantCulture) : "_").Append(' ');
                Append(sb, s.Input); sb.Append(')');
                break;
            case Service s:
                sb.Append("(service ").Append(s.Silent ? "silent " : "").Append(NodeText(s.Endpoint)).Append(' ');
                Append(sb, s.Input); sb.Append(')');
                break;
            default: throw new System.Diagnostics.UnreachableException(op.GetType().Name);
        }
    }

    private static void Node(StringBuilder sb, string name, params Op[] children)
    {
        sb.Append('(').Append(name);
        foreach (var c in children) { sb.Append(' '); Append(sb, c); }
        sb.Append(')');
    }

    private static void AppendTable(StringBuilder sb, Table t)
    {
        if (t.IsUnit) { sb.Append("(table unit)"); return; }
        if (t.Variables.Count == 0 && t.Rows.Count == 0) { sb.Append("(table empty)"); return; }
        sb.Append("(table (vars").AppendJoin("", t.Variables.Select(v => " " + v)).Append(')');
        foreach (var row in t.Rows)
        {
            sb.Append(" (row");
            for (var i = 0; i < t.Variables.Count; i++)
                if (row[i] is { } term) sb.Append(" (").Append(t.Variables[i]).Append(' ').Append(TermText(term)).Append(')');
            sb.Append(')');
        }
        sb.Append(')');
    }

    private static void AppendGroup(StringBuilder sb, Group g)
    {
        sb.Append("(group (");
        for (var i = 0; i < g.Keys.Count; i++)
        {
            if (i > 0) sb.Append(' ');
            var k = g.Keys[i];
            if (k.Variable is { } v && !(k.Expression is VariableExpression ve && ve.Variable == v))
            { sb.Append('(').Append(v).Append(' '); Append(sb, k.Expression); sb.Append(')'); }
            else Append(sb, k.Expression);
        }
        sb.Append(") (");
        for (var i = 0; i < g.Aggregates.Count; i++)
        {
            if (i > 0) sb.Append(' ');
            sb.Append('(').Append(g.Aggregates[i].Variable).Append(' ');
            Append(sb, g.Aggregates[i].Aggregate);
            sb.Append(')');
        }
        sb.Append(") ");
        Append(sb, g.Input);
        sb.Append(')');
    }

    public static void Append(StringBuilder sb, TriplePattern t) =>
        sb.Append('(').Append(NodeText(t.Subject)).Append(' ').Append(NodeText(t.Predicate)).Append(' ').Append(NodeText(t.Object)).Append(')');

    public static void Append(StringBuilder sb, Aggregate a)
    {
        sb.Append('(').Append(a.Function == AggregateFunction.GroupConcat ? "group_concat" : a.Function.ToString().ToLowerInvariant());
        if (a.Distinct) sb.Append(" distinct");
        if (a.Separator is not null) sb.Append(" (separator ").Append(TermText(Literal.String(a.Separator))).Append(')');
        if (a.Expression is not null) { sb.Append(' '); Append(sb, a.Expression); }
        sb.Append(')');
    }

    public static void Append(StringBuilder sb, PropertyPath p)
    {
        switch (p)
        {
            case PathLink l: sb.Append(TermText(l.Predicate)); break;
            case PathInverse i: sb.Append("(reverse "); Append(sb, i.Path); sb.Append(')'); break;
            case PathSequence s: sb.Append("(seq "); Append(sb, s.Left); sb.Append(' '); Append(sb, s.Right); sb.Append(')'); break;
            case PathAlternative a: sb.Append("(alt "); Append(sb, a.Left); sb.Append(' '); Append(sb, a.Right); sb.Append(')'); break;
            case PathZeroOrMore z: sb.Append("(path* "); Append(sb, z.Path); sb.Append(')'); break;
            case PathOneOrMore o: sb.Append("(path+ "); Append(sb, o.Path); sb.Append(')'); break;
            case PathZeroOrOne q: sb.Append("(path? "); Append(sb, q.Path); sb.Append(')'); break;
            case PathNegatedPropertySet n:
                sb.Append("(notoneof");
                foreach (var f in n.Forward) sb.Append(' ').Append(TermText(f));
                foreach (var f in n.Inverse) sb.Append(" (reverse ").Append(TermText(f)).Append(')');
                sb.Append(')');
                break;
            default: throw new System.Diagnostics.UnreachableException(p.GetType().Name);
        }
    }

    public static void Append(StringBuilder sb, Expression e)
    {
        switch (e)
        {
            case VariableExpression v: sb.Append(v.Variable); break;
            case ConstantExpression c: sb.Append(TermText(c.Term)); break;
            case UnaryExpression u: Call(sb, u.Operator switch { UnaryOperator.Not => "!", UnaryOperator.Plus => "+", _ => "-" }, u.Operand); break;
            case BinaryExpression b: Call(sb, OperatorText(b.Operator), b.Left, b.Right); break;
            case InExpression i: Call(sb, i.Negated ? "notin" : "in", i.Arguments.ToArray()); break;
            case BuiltInCall f: Call(sb, f.Function.ToString().ToLowerInvariant(), f.Args.ToArray()); break;
            case FunctionCall f: Call(sb, TermText(f.Function), f.Args.ToArray()); break;
            case ExistsExpression x: sb.Append(x.Negated ? "(notexists " : "(exists "); Append(sb, x.Pattern); sb.Append(')'); break;
            case AggregateExpression a: Append(sb, a.Aggregate); break;
            default: throw new System.Diagnostics.UnreachableException(e.GetType().Name);
        }
    }

    public static string OperatorText(BinaryOperator op) => op switch
    {
        BinaryOperator.Or => "||",
        BinaryOperator.And => "&&",
        BinaryOperator.Equal => "=",
        BinaryOperator.NotEqual => "!=",
        BinaryOperator.Less => "<",
        BinaryOperator.Greater => ">",
        BinaryOperator.LessOrEqual => "<=",
        BinaryOperator.GreaterOrEqual => ">=",
        BinaryOperator.Add => "+",
        BinaryOperator.Subtract => "-",
        BinaryOperator.Multiply => "*",
        BinaryOperator.Divide => "/",
        _ => throw new System.Diagnostics.UnreachableException(op.ToString()),
    };

    private static void Call(StringBuilder sb, string name, params Expression[] args)
    {
        sb.Append('(').Append(name);
        foreach (var a in args) { sb.Append(' '); Append(sb, a); }
        sb.Append(')');
    }

    public static string NodeText(PatternNode n) => n switch
    {
        Variable v => v.ToString(),
        TermNode t => TermText(t.Term),
        _ => throw new System.Diagnostics.UnreachableException(n.GetType().Name),
    };

    /// <summary>A term as in N-Triples, except numbers and booleans in their canonical short form (as Turtle writes them).</summary>
    public static string TermText(Term t)
    {
        if (t is Literal l && l.Language is null)
        {
            var dt = l.Datatype.Value;
            if ((dt == Xsd.Integer.Value && IntegerForm().IsMatch(l.LexicalForm))
                || (dt == Xsd.Decimal.Value && DecimalForm().IsMatch(l.LexicalForm))
                || (dt == Xsd.Boolean.Value && l.LexicalForm is "true" or "false"))
                return l.LexicalForm;
        }
        return NTriplesFormatter.Format(t);
    }

    [GeneratedRegex("^[+-]?[0-9]+$")]
    private static partial Regex IntegerForm();

    [GeneratedRegex("^[+-]?[0-9]*\\.[0-9]+$")]
    private static partial Regex DecimalForm();
}
