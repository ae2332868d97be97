using Graph.Core.Terms;

namespace Graph.Shacl.Paths;

/// <summary><c>sh:zeroOrMorePath</c>, <c>sh:oneOrMorePath</c>, <c>sh:zeroOrOnePath</c>.</summary>
public sealed record RepeatPath(ShapePath Path, bool ZeroAllowed, bool Unbounded) : ShapePath
{
    internal override IEnumerable<Term> Evaluate(DataGraph data, Term focus)
    {
        var seen = new List<Term>();
        var set = new HashSet<Term>();
        if (ZeroAllowed && set.Add(focus)) seen.Add(focus);
        var frontier = new List<Term> { focus };
        var first = true;
        while (frontier.Count > 0 && (first || Unbounded))
        {
            var next = new List<Term>();
            foreach (var n in frontier)
                foreach (var v in Path.Evaluate(data, n))
                    if (set.Add(v)) { seen.Add(v); next.Add(v); }
            frontier = next;
            first = false;
        }
        return seen;
    }

    public override string ToString() => Path + (ZeroAllowed ? Unbounded ? "*" : "?" : "+");
}
