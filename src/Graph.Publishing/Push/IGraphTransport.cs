namespace Graph.Publishing.Push;

/// <summary>How graphs reach the store: each call leaves the graph whole, in its old or its new version.</summary>
internal interface IGraphTransport
{
    /// <summary>Replaces the graph's content in the store by <paramref name="graph"/>'s.</summary>
    Task ReplaceAsync(PublishedGraph graph, CancellationToken cancellationToken);

    /// <summary>Removes the graph (a graph already absent is not an error).</summary>
    Task DropAsync(string key, CancellationToken cancellationToken);
}
