namespace Graph.Sparql.Algebra;

/// <summary>Basic graph pattern: a conjunction of triple patterns (SPARQL 1.1 §18.1.6). The empty BGP is the join identity.</summary>
public sealed record Bgp(IReadOnlyList<TriplePattern> Patterns) : Op
{
    public static readonly Bgp Empty = new([]);

    public bool IsEmpty => Patterns.Count == 0;

    public override IReadOnlyList<Op> Children => [];

    public override Op WithChildren(IReadOnlyList<Op> children) => this;
}
