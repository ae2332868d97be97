namespace Graph.Publishing.Push;

/// <summary>
/// What a push did: graphs sent (replaced in the store), graphs dropped, graphs left alone because unchanged, the graph
/// whose transfer failed (with why) and the graphs not attempted after it. On failure, every graph in
/// <see cref="Failed"/> and <see cref="NotSent"/> still holds its previous version in the store.
/// </summary>
public sealed record PushReport(
    IReadOnlyList<string> Sent,
    IReadOnlyList<string> Dropped,
    IReadOnlyList<string> Unchanged,
    string? Failed,
    string? Error,
    IReadOnlyList<string> NotSent)
{
    public bool Succeeded => Failed is null;
}
