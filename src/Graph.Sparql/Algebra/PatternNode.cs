using Graph.Core.Terms;

namespace Graph.Sparql.Algebra;

/// <summary>
/// A position of a triple pattern: either a <see cref="Variable"/> or a fixed RDF term (<see cref="TermNode"/>)
/// (SPARQL 1.1 §18.1.3 "RDF terms and variables"). Blank nodes written in a WHERE clause are turned into
/// <see cref="Variable"/>s with <see cref="Variable.IsBlankNode"/> set; in a CONSTRUCT template they stay terms.
/// </summary>
public abstract record PatternNode
{
    private protected PatternNode() { }

    /// <summary>The fixed term, or null for a variable.</summary>
    public Term? AsTerm => this is TermNode t ? t.Term : null;

    public static implicit operator PatternNode(Term term) => new TermNode(term);
}
