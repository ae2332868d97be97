using Graph.Core.Terms;

namespace Graph.Shacl.Paths;

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
