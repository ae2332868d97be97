using Graph.Core.Terms;

namespace Graph.Shacl.Paths;

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
