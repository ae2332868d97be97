using Graph.Core.Terms;

namespace Graph.Shacl.Paths;

/// <summary>
/// A SHACL property path (https://www.w3.org/TR/shacl/#property-paths): the values a focus node reaches.
/// </summary>
public abstract record ShapePath
{
    /// <summary>The value nodes reached from <paramref name="focus"/>, distinct, in a deterministic order.</summary>
    internal abstract IEnumerable<Term> Evaluate(DataGraph data, Term focus);

    /// <summary>The path in SPARQL property-path syntax (<c>^&lt;p&gt;</c>, <c>&lt;p&gt;/&lt;q&gt;</c>…).</summary>
    public abstract override string ToString();
}

/// <summary>A predicate path: one IRI.</summary>
public sealed record PredicatePath(Iri Predicate) : ShapePath
{
    internal override IEnumerable<Term> Evaluate(DataGraph data, Term focus) => data.Objects(focus, Predicate);

    public override string ToString() => Predicate.ToString();
}

/// <summary><c>[ sh:inversePath p ]</c>: follows the path backwards.</summary>
public sealed record InversePath(ShapePath Path) : ShapePath
{
    internal override IEnumerable<Term> Evaluate(DataGraph data, Term focus) => Path switch
    {
        PredicatePath p => data.Subjects(p.Predicate, focus),
        _ => data.AllNodes().Where(n => Path.Evaluate(data, n).Contains(focus)),
    };

    public override string ToString() => "^" + (Path is PredicatePath ? Path.ToString() : "(" + Path + ")");
}

/// <summary>A list of paths: each step from the nodes the previous one reached.</summary>
public sealed record SequencePath(IReadOnlyList<ShapePath> Steps) : ShapePath
{
    internal override IEnumerable<Term> Evaluate(DataGraph data, Term focus)
    {
        IEnumerable<Term> current = [focus];
        foreach (var step in Steps) current = current.SelectMany(n => step.Evaluate(data, n)).Distinct().ToList();
        return current;
    }

    public override string ToString() => "(" + string.Join("/", Steps) + ")";
}

/// <summary><c>[ sh:alternativePath (p q) ]</c>: the union of the paths.</summary>
public sealed record AlternativePath(IReadOnlyList<ShapePath> Choices) : ShapePath
{
    internal override IEnumerable<Term> Evaluate(DataGraph data, Term focus) =>
        Choices.SelectMany(c => c.Evaluate(data, focus)).Distinct();

    public override string ToString() => "(" + string.Join("|", Choices) + ")";
}

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
