namespace Graph.IO;

/// <summary>An RDF syntax: its short name (as used by <c>--from</c>/<c>--to</c>), media type and file extensions.</summary>
public sealed record RdfFormat(string Name, string DisplayName, string MediaType, IReadOnlyList<string> Extensions, bool SupportsDatasets)
{
    public static readonly RdfFormat NTriples = new("nt", "N-Triples", "application/n-triples", [".nt"], false);
    public static readonly RdfFormat NQuads = new("nq", "N-Quads", "application/n-quads", [".nq"], true);
    public static readonly RdfFormat Turtle = new("ttl", "Turtle", "text/turtle", [".ttl"], false);
    public static readonly RdfFormat TriG = new("trig", "TriG", "application/trig", [".trig"], true);
    public static readonly RdfFormat RdfXml = new("rdfxml", "RDF/XML", "application/rdf+xml", [".rdf", ".owl", ".xml"], false);
    public static readonly RdfFormat JsonLd = new("jsonld", "JSON-LD", "application/ld+json", [".jsonld"], true);

    public static IReadOnlyList<RdfFormat> All { get; } = [NTriples, NQuads, Turtle, TriG, RdfXml, JsonLd];

    /// <summary>Finds a format by short name, display name, media type or extension (with or without the dot); null if unknown.</summary>
    public static RdfFormat? Find(string nameOrExtension)
    {
        var key = nameOrExtension.Trim();
        foreach (var f in All)
        {
            if (key.Equals(f.Name, StringComparison.OrdinalIgnoreCase)
                || key.Equals(f.DisplayName, StringComparison.OrdinalIgnoreCase)
                || key.Equals(f.MediaType, StringComparison.OrdinalIgnoreCase)
                || f.Extensions.Any(e => key.Equals(e, StringComparison.OrdinalIgnoreCase) || ("." + key).Equals(e, StringComparison.OrdinalIgnoreCase)))
                return f;
        }
        return key.ToLowerInvariant() switch
        {
            "ntriples" or "n-triples" => NTriples,
            "nquads" or "n-quads" => NQuads,
            "turtle" => Turtle,
            "xml" or "rdf" or "rdf/xml" or "owl" => RdfXml,
            "json-ld" or "json" => JsonLd,
            _ => null,
        };
    }

    /// <summary>The format a file's extension implies, or null.</summary>
    public static RdfFormat? FromPath(string path)
    {
        var ext = Path.GetExtension(path);
        if (ext.Equals(".gz", StringComparison.OrdinalIgnoreCase)) ext = Path.GetExtension(Path.GetFileNameWithoutExtension(path));
        return ext.Length == 0 ? null : All.FirstOrDefault(f => f.Extensions.Contains(ext, StringComparer.OrdinalIgnoreCase));
    }

    public override string ToString() => DisplayName;
}
