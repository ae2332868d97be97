namespace Graph.IO.Tests.Conformance;

/// <summary>
/// One entry of a W3C RDF test manifest: its IRI, type (e.g. <c>rdft:TestTurtleEval</c>), and the local files
/// of its action and (for evaluation tests) result, with the base IRI the action is parsed against.
/// </summary>
public sealed record W3cTestEntry(
    string Id,
    string Name,
    string Type,
    string ActionPath,
    string? ResultPath,
    string BaseIri,
    string? Approval,
    string ManifestPath)
{
    /// <summary>The short form of the test type, e.g. <c>TestTurtleEval</c>.</summary>
    public string TypeName => Type[(Type.LastIndexOfAny(['#', '/']) + 1)..];

    /// <summary>The syntax of the action file, from its extension (null for e.g. entailment tests' .nt premises read as N-Triples).</summary>
    public RdfFormat? ActionFormat => RdfFormat.FromPath(ActionPath);

    public RdfFormat? ResultFormat => ResultPath is null ? null : RdfFormat.FromPath(ResultPath);

    /// <summary>A short, unique key: the manifest's folder and the entry's fragment, e.g. <c>rdf-turtle#turtle-syntax-bad-num-01</c>.</summary>
    public string ShortId
    {
        get
        {
            var hash = Id.LastIndexOf('#');
            var folder = Path.GetFileName(Path.GetDirectoryName(ManifestPath)) ?? "";
            return hash < 0 ? Id : folder + Id[hash..];
        }
    }

    public override string ToString() => $"{TypeName} {Name}";
}
