using Graph.Core.Terms;

namespace Graph.Shacl.Constraints;

// Cardinality constraint components (https://www.w3.org/TR/shacl/#core-components-count).

/// <summary><c>sh:minCount</c>: at least this many value nodes.</summary>
internal sealed record MinCountConstraint(int Min) : Constraint
{
    public override string Component => "MinCount";

    public override IEnumerable<Violation> Check(DataGraph data, Term focus, IReadOnlyList<Term> values) =>
        values.Count < Min ? [new Violation(null, $"expected at least {Min} value(s), found {values.Count}")] : [];
}

/// <summary><c>sh:maxCount</c>: at most this many value nodes.</summary>
internal sealed record MaxCountConstraint(int Max) : Constraint
{
    public override string Component => "MaxCount";

    public override IEnumerable<Violation> Check(DataGraph data, Term focus, IReadOnlyList<Term> values) =>
        values.Count > Max ? [new Violation(null, $"expected at most {Max} value(s), found {values.Count}")] : [];
}
