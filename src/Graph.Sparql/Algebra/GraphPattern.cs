namespace Graph.Sparql.Algebra;

/// <summary>
/// The spec's <c>Graph(x, P)</c> (SPARQL 1.1 §18.2.2.6, §18.6): evaluate <see cref="Input"/> against the named graph
/// <see cref="Name"/> (an IRI or a variable ranging over the named graphs). Not called <c>Graph</c> because that would
/// shadow the root namespace.
/// </summary>
public sealed record GraphPattern(PatternNode Name, Op Input) : Op
{
    public override IReadOnlyList<Op> Children => [Input];

    public override Op WithChildren(IReadOnlyList<Op> children) => this with { Input = children[0] };
}
