namespace Graph.IO.Tests.Conformance;

/// <summary>
/// An evaluation test reduced to what round-trip tests need: the action file, the expected result file (N-Triples
/// or N-Quads), the base IRI and the formats of both.
/// </summary>
public sealed record EvalCase(string Id, string ActionPath, RdfFormat ActionFormat, string ResultPath, RdfFormat ResultFormat, string BaseIri)
{
    public override string ToString() => Id;
}
