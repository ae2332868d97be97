namespace Graph.Mapping.Configuration;

/// <summary>Whom to write to about the dataset (<c>dcat:contactPoint</c>).</summary>
public sealed record ContactDescription
{
    public string Name { get; init; } = "";

    public string Email { get; init; } = "";
}
