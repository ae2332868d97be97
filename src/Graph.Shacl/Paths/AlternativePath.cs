using Graph.Core.Terms;

namespace Graph.Shacl.Paths;

/// <summary><c>[ sh:alternativePath (p q) ]</c>: the union of the paths.</summary>
public sealed record AlternativePath(IReadOnlyList<ShapePath> Choices) : ShapePath
{
    internal override IEnumerable<Term> Evaluate(DataGraph data, Term focus) =>
        Choices.SelectMany(c => c.Evaluate(data, focus)).Distinct();

    public override string ToString() => "(" + string.Join("|", Choices) + ")";
}
