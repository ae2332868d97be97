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

    /// <summary>
    /// These options with the prefixes a document declared in front of the candidates (<see cref="Prefixes"/>, or the
    /// well-known ones), which then only fill in namespaces and prefix names the document did not use.
    /// </summary>
    public RdfWriterOptions WithDeclaredPrefixes(IReadOnlyList<KeyValuePair<string, string>> declared)
    {
        if (declared.Count == 0 && Prefixes is not null) return this;
        var merged = new List<KeyValuePair<string, string>>(declared);
        foreach (var p in Prefixes ?? Graph.Core.Vocabularies.WellKnownPrefixes.All)
        {
            if (!merged.Any(m => m.Key == p.Key || m.Value == p.Value)) merged.Add(p);
        }
        return this with { Prefixes = merged };
    }
}
