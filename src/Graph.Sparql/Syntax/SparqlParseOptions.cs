namespace Graph.Sparql.Syntax;

/// <summary>Options for <see cref="SparqlParser"/>: the base IRI (used when the text has no BASE), a file name for errors, and predeclared prefixes.</summary>
public sealed record SparqlParseOptions
{
    public string? BaseIri { get; init; }

    public string? File { get; init; }

    public IReadOnlyDictionary<string, string>? Prefixes { get; init; }
}
