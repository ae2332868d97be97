namespace Graph.Publishing;

/// <summary>
/// The agent responsible for the dataset (<c>dct:publisher</c>, a <c>foaf:Agent</c>). <paramref name="Slug"/> is its
/// short name in the portal it publishes to (DCAT-AP CH identifiers are <c>dataset@slug</c>); null derives one from the name.
/// </summary>
public sealed record DatasetPublisher(string Name, string? Iri = null, string? Slug = null);
