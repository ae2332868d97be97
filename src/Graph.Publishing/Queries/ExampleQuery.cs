namespace Graph.Publishing.Queries;

/// <summary>A query offered on the query page: a short title, a stable key, and the SPARQL text.</summary>
public sealed record ExampleQuery(string Key, string Title, string Text);
