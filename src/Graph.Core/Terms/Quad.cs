namespace Graph.Core.Terms;

/// <summary>
/// A statement: subject, predicate, object and the graph it belongs to (<c>null</c> for the default graph).
/// A triple is a quad in the default graph.
/// </summary>
public readonly record struct Quad(Term Subject, Term Predicate, Term Object, Term? Graph = null)
{
    public bool InDefaultGraph => Graph is null;

    /// <summary>The same statement in the default graph.</summary>
    public Quad AsTriple() => Graph is null ? this : this with { Graph = null };

    /// <summary>The quad in N-Quads syntax, without the final newline.</summary>
    public override string ToString() => NTriplesFormatter.Format(this);
}
