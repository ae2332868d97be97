using Graph.Core.Terms;

namespace Graph.Shacl.Constraints;

/// <summary>
/// <c>sh:or</c> (https://www.w3.org/TR/shacl/#OrConstraintComponent): each value conforms to at least one of the listed
/// shapes. Each member is read as its own constraints on the value as focus node; members with property shapes are
/// refused when the shapes graph is read.
/// </summary>
internal sealed record OrConstraint(IReadOnlyList<Term> Shapes, IReadOnlyList<IReadOnlyList<Constraint>> Members) : ValueConstraint
{
    public override string Component => "Or";

    protected override bool Accepts(DataGraph data, Term value)
    {
        Term[] values = [value];
        foreach (var member in Members)
            if (member.All(c => !c.Check(data, value, values).Any())) return true;
        return false;
    }

    protected override string Describe(Term value) => $"{value} conforms to none of {string.Join(", ", Shapes)}";
}
