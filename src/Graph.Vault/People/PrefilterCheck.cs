namespace Graph.Vault.People;

/// <summary>
/// Set by tests: where a cheap test of the people pass stands for a costly one (a line passed over before any regex,
/// a regex run on the tail of a text rather than all of it), the costly one is run as well and every disagreement is
/// queued here, so reading the corpus proves the shortcuts change nothing.
/// </summary>
internal static class PrefilterCheck
{
    public static volatile System.Collections.Concurrent.ConcurrentQueue<string>? Misses;
}
