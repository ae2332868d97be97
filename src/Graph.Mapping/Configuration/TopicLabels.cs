using System.Text.Json;

namespace Graph.Mapping.Configuration;

/// <summary>
/// Labels of known tags and of the concept schemes, read from <c>ontology/topics.json</c>: tag → language → label,
/// plus an optional broader tag. Unknown tags get their own spelling as label.
/// </summary>
public sealed record TopicLabels(
    IReadOnlyDictionary<string, string> SchemeLabel,
    IReadOnlyDictionary<string, string> ExpertiseSchemeLabel,
    IReadOnlyDictionary<string, TopicEntry> Topics)
{
    public static readonly TopicLabels Empty = new(new Dictionary<string, string>(), new Dictionary<string, string>(), new Dictionary<string, TopicEntry>());

    public static TopicLabels Load(string path)
    {
        using var s = File.OpenRead(path);
        return Parse(s);
    }

    internal static TopicLabels Parse(Stream json)
    {
        using var doc = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var root = doc.RootElement;
        var topics = new SortedDictionary<string, TopicEntry>(StringComparer.Ordinal);
        if (root.TryGetProperty("topics", out var t))
        {
            foreach (var topic in t.EnumerateObject())
            {
                var labels = new SortedDictionary<string, string>(StringComparer.Ordinal);
                string? broader = null;
                foreach (var field in topic.Value.EnumerateObject())
                {
                    if (field.Name == "broader") broader = field.Value.GetString();
                    else labels[field.Name.ToLowerInvariant()] = field.Value.GetString() ?? "";
                }
                topics[topic.Name] = new TopicEntry(labels, broader);
            }
        }
        return new TopicLabels(Labels(root, "scheme"), Labels(root, "expertiseScheme"), topics);
    }

    private static SortedDictionary<string, string> Labels(JsonElement root, string name)
    {
        var labels = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (root.TryGetProperty(name, out var scheme) && scheme.TryGetProperty("label", out var l))
            foreach (var p in l.EnumerateObject()) labels[p.Name.ToLowerInvariant()] = p.Value.GetString() ?? "";
        return labels;
    }
}

/// <summary>Labels of one topic (language → label) and its broader topic, if any.</summary>
public sealed record TopicEntry(IReadOnlyDictionary<string, string> Labels, string? Broader);
