namespace Graph.Publishing.Push;

/// <summary>
/// What a push does: the graphs to send (new or changed since the last push), the graphs to drop (pushed before, absent
/// now: their note disappeared) and those left alone. Sends come first, drops last, each in key order.
/// </summary>
public sealed record PushPlan(IReadOnlyList<PublishedGraph> Send, IReadOnlyList<string> Drop, IReadOnlyList<string> Unchanged)
{
    public static PushPlan Compute(IReadOnlyList<PublishedGraph> graphs, IReadOnlyDictionary<string, string> pushed)
    {
        var send = new List<PublishedGraph>();
        var unchanged = new List<string>();
        foreach (var g in graphs.OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            if (pushed.TryGetValue(g.Key, out var hash) && hash == g.Hash) unchanged.Add(g.Key);
            else send.Add(g);
        }
        var present = graphs.Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        var drop = pushed.Keys.Where(k => !present.Contains(k)).OrderBy(k => k, StringComparer.Ordinal).ToList();
        return new PushPlan(send, drop, unchanged);
    }
}
