using Graph.Core.Terms;

namespace Graph.Shacl.Constraints;

// Other constraint components (https://www.w3.org/TR/shacl/#core-components-others).

/// <summary><c>sh:in</c>: each value is one of the listed terms.</summary>
internal sealed record InConstraint(IReadOnlyList<Term> Allowed) : ValueConstraint
{
    private readonly HashSet<Term> _set = [.. Allowed];

    public override string Component => "In";

    protected override bool Accepts(DataGraph data, Term value) => _set.Contains(value);

    protected override string Describe(Term value) => $"{value} is not one of ({string.Join(" ", Allowed)})";
}

/// <summary><c>sh:hasValue</c>: the term is among the values.</summary>
internal sealed record HasValueConstraint(Term Value) : Constraint
{
    public override string Component => "HasValue";

    public override IEnumerable<Violation> Check(DataGraph data, Term focus, IReadOnlyList<Term> values) =>
        values.Contains(Value) ? [] : [new Violation(null, $"missing the value {Value}")];
}
