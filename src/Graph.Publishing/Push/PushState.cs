using System.Text;
using System.Text.Json;
using Graph.IO;

namespace Graph.Publishing.Push;

/// <summary>
/// What was last pushed, per target endpoint: graph key → hash of the graph as the store holds it. Kept in the output
/// folder (<c>push-state.json</c>), rewritten atomically, and only ever updated after the store confirmed a graph, so
/// the state never claims more than was sent (at worst, a graph is sent again).
/// </summary>
public sealed class PushState
{
    public const string FileName = "push-state.json";

    private readonly SortedDictionary<string, SortedDictionary<string, string>> _targets;

    private PushState(SortedDictionary<string, SortedDictionary<string, string>> targets) => _targets = targets;

    public static PushState Empty() => new(new(StringComparer.Ordinal));

    /// <summary>Reads the state file, or an empty state when there is none.</summary>
    public static PushState Load(string path)
    {
        if (!File.Exists(path)) return Empty();
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        var targets = new SortedDictionary<string, SortedDictionary<string, string>>(StringComparer.Ordinal);
        if (doc.RootElement.TryGetProperty("targets", out var t))
            foreach (var target in t.EnumerateObject())
            {
                var graphs = new SortedDictionary<string, string>(StringComparer.Ordinal);
                foreach (var g in target.Value.EnumerateObject()) graphs[g.Name] = g.Value.GetString() ?? "";
                targets[target.Name] = graphs;
            }
        return new PushState(targets);
    }

    /// <summary>The graphs the target holds according to the last pushes (key → hash).</summary>
    public IReadOnlyDictionary<string, string> Graphs(string target) =>
        _targets.TryGetValue(target, out var g) ? g : new SortedDictionary<string, string>(StringComparer.Ordinal);

    public void Set(string target, string graph, string hash) => Target(target)[graph] = hash;

    public void Remove(string target, string graph) => Target(target).Remove(graph);

    private SortedDictionary<string, string> Target(string target)
    {
        if (!_targets.TryGetValue(target, out var g)) _targets[target] = g = new(StringComparer.Ordinal);
        return g;
    }

    public void Save(string path)
    {
        var json = JsonSerializer.Serialize(new { version = 1, targets = _targets }, new JsonSerializerOptions { WriteIndented = true });
        AtomicFile.Write(path, s => s.Write(Encoding.UTF8.GetBytes(json.ReplaceLineEndings("\n") + "\n")));
    }
}
