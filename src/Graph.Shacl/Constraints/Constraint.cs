using Graph.Core.Terms;

namespace Graph.Shacl.Constraints;

/// <summary>
/// One SHACL Core constraint component with its parameter values (https://www.w3.org/TR/shacl/#core-components).
/// <see cref="Check"/> returns one violation per offending value node, or one for the whole set (counts, uniqueLang).
/// </summary>
internal abstract record Constraint
{
    /// <summary>The component's local name without <c>ConstraintComponent</c> (<c>MinCount</c>).</summary>
    public abstract string Component { get; }

    public abstract IEnumerable<Violation> Check(DataGraph data, Term focus, IReadOnlyList<Term> values);
}

/// <summary>A constraint that every value node must satisfy on its own.</summary>
internal abstract record ValueConstraint : Constraint
{
    public sealed override IEnumerable<Violation> Check(DataGraph data, Term focus, IReadOnlyList<Term> values)
    {
        foreach (var v in values)
            if (!Accepts(data, v)) yield return new Violation(v, Describe(v));
    }

    protected abstract bool Accepts(DataGraph data, Term value);

    protected abstract string Describe(Term value);
}

/// <summary>A value node (or null for the whole set) and what is wrong with it.</summary>
internal readonly record struct Violation(Term? Value, string Message);
