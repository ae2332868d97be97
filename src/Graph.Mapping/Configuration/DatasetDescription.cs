namespace Graph.Mapping.Configuration;

/// <summary>What the <c>schema:Dataset</c> / <c>void:Dataset</c> node says about the whole graph.</summary>
public sealed record DatasetDescription
{
    /// <summary>Language tag → name.</summary>
    public IReadOnlyDictionary<string, string> Name { get; init; } = new Dictionary<string, string> { ["en"] = "Knowledge graph" };

    /// <summary>Language tag → description.</summary>
    public IReadOnlyDictionary<string, string> Description { get; init; } = new Dictionary<string, string>();

    /// <summary>IRI of the licence of the data (<c>schema:license</c>), or null for none.</summary>
    public string? License { get; init; }

    /// <summary>Who publishes the dataset (VoID and DCAT descriptions), or null.</summary>
    public PublisherDescription? Publisher { get; init; }

    /// <summary>Whom to write to about it (DCAT), or null.</summary>
    public ContactDescription? ContactPoint { get; init; }

    /// <summary>Keywords for data portals (<c>dcat:keyword</c>).</summary>
    public IReadOnlyList<string> Keywords { get; init; } = [];

    /// <summary>Dump files written beside each other, relative to the base IRI (<c>void:dataDump</c>, <c>schema:distribution</c>).</summary>
    public IReadOnlyList<DumpFile> Dumps { get; init; } = [];
}

/// <summary>One dump file of the dataset.</summary>
public sealed record DumpFile(string File, string MediaType);
