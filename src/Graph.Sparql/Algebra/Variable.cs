namespace Graph.Sparql.Algebra;

/// <summary>
/// A query variable (SPARQL 1.1 §18.1.3), named without its <c>?</c>/<c>$</c> sigil. Blank nodes of a query pattern
/// become variables whose name starts with <c>_:</c> (never a legal VARNAME, so they cannot collide and are never
/// projected by <c>SELECT *</c>).
/// </summary>
public sealed record Variable(string Name) : PatternNode
{
    /// <summary>True for a variable standing for a blank node of the query pattern (§18.2.1 "non-distinguished").</summary>
    public bool IsBlankNode => Name.StartsWith("_:", StringComparison.Ordinal);

    public override string ToString() => "?" + Name;
}
