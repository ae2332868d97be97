namespace Graph.Mapping.Configuration;

/// <summary>Who publishes the dataset (<c>dct:publisher</c> in VoID and DCAT): a name, a web page, and its short name in data portals.</summary>
public sealed record PublisherDescription
{
    public string Name { get; init; } = "";

    /// <summary>IRI identifying the publisher (its web site), or null.</summary>
    public string? Url { get; init; }

    /// <summary>Its short name in the portal it publishes to (DCAT-AP CH identifiers are <c>dataset@slug</c>), or null.</summary>
    public string? Slug { get; init; }
}
