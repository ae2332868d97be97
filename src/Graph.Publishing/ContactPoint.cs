namespace Graph.Publishing;

/// <summary>Whom to write to about the dataset (<c>dcat:contactPoint</c>, a <c>vcard:Organization</c>).</summary>
public sealed record ContactPoint(string Name, string Email);
