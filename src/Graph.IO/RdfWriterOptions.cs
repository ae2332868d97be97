namespace Graph.IO;

/// <summary>How to write a document.</summary>
public sealed record RdfWriterOptions
{
    /// <summary>
    /// Candidate prefixes; writers that use prefixes declare only those actually used.
    /// Null means <see cref="Graph.Core.Vocabularies.WellKnownPrefixes.All"/>.
    /// </summary>
    public IReadOnlyList<KeyValuePair<string, string>>? Prefixes { get; init; }

    /// <summary>Base IRI to write relative IRIs against (Turtle, TriG, RDF/XML); null writes absolute IRIs.</summary>
    public string? BaseIri { get; init; }

    /// <summary>Sort statements canonically (and relabel blank nodes stably) so output is byte-identical across runs.</summary>
    public bool Canonical { get; init; }
}
