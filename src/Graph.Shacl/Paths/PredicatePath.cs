using Graph.Core.Terms;

namespace Graph.Shacl.Paths;

/// <summary>A predicate path: one IRI.</summary>
public sealed record PredicatePath(Iri Predicate) : ShapePath
{
    internal override IEnumerable<Term> Evaluate(DataGraph data, Term focus) => data.Objects(focus, Predicate);

    public override string ToString() => Predicate.ToString();
}
