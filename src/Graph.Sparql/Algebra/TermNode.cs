using Graph.Core.Terms;

namespace Graph.Sparql.Algebra;

/// <summary>A fixed RDF term in a pattern position.</summary>
public sealed record TermNode(Term Term) : PatternNode
{
    public override string ToString() => Term.ToString();
}
