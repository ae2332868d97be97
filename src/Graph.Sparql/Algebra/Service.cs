namespace Graph.Sparql.Algebra;

/// <summary>
/// <c>Service(endpoint, P, silent)</c> (SPARQL 1.1 Federated Query §4): evaluate <see cref="Input"/> at a remote endpoint.
/// <see cref="Text"/> keeps the group's source text so an engine can send it as written.
/// </summary>
public sealed record Service(PatternNode Endpoint, Op Input, bool Silent, string? Text = null) : Op
{
    public override IReadOnlyList<Op> Children => [Input];

    public override Op WithChildren(IReadOnlyList<Op> children) => this with { Input = children[0] };
}
