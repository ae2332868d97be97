namespace Graph.Publishing;

/// <summary>The agent responsible for the dataset (<c>dct:publisher</c>, a <c>foaf:Agent</c>).</summary>
public sealed record Publisher(string Name, string? Iri = null);
