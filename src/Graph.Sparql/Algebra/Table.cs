using Graph.Core.Terms;

namespace Graph.Sparql.Algebra;

/// <summary>
/// An inline table of solutions: the VALUES data block (SPARQL 1.1 §18.2.4.3, <c>ToMultiSet</c>). A row holds one term per
/// variable, null where UNDEF. <see cref="Unit"/> (no variables, one empty row) is the join identity; a table with no rows is empty.
/// </summary>
public sealed record Table(IReadOnlyList<Variable> Variables, IReadOnlyList<IReadOnlyList<Term?>> Rows) : Op
{
    public static readonly Table Unit = new([], [Array.Empty<Term?>()]);

    public static readonly Table Empty = new([], []);

    public bool IsUnit => Variables.Count == 0 && Rows.Count == 1;

    public override IReadOnlyList<Op> Children => [];

    public override Op WithChildren(IReadOnlyList<Op> children) => this;
}
