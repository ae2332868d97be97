namespace Graph.Sparql.Tests.Conformance;

/// <summary>One entry of a W3C SPARQL manifest: its IRI, type, the action (query/update file), result file and approval.</summary>
public sealed record SparqlTestEntry(
    string Id,
    string Name,
    string Type,
    string ActionPath,
    string? ResultPath,
    string BaseIri,
    string? Approval,
    string ManifestPath)
{
    public string TypeName => Type[(Type.LastIndexOfAny(['#', '/']) + 1)..];

    /// <summary>A short unique key: folder and fragment, e.g. <c>syntax-sparql1#syntax-basic-01</c>.</summary>
    public string ShortId
    {
        get
        {
            var hash = Id.LastIndexOf('#');
            var folder = Path.GetFileName(Path.GetDirectoryName(ManifestPath)) ?? "";
            return hash < 0 ? folder + "/" + Name : folder + Id[hash..];
        }
    }

    public override string ToString() => ShortId;
}
