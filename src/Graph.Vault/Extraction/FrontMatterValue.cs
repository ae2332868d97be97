using YamlDotNet.RepresentationModel;

namespace Graph.Vault.Extraction;

/// <summary>
/// A front-matter value as <see cref="FrontMatterReader"/> uses it: a scalar, a list or a mapping (keys in file order),
/// with the line and column where it starts in the YAML (YamlDotNet's start mark; 1, 1 for the values
/// <see cref="SimpleYaml"/> reads, as for a node YamlDotNet did not load). Built by <see cref="SimpleYaml"/> for the
/// shapes nearly every note has, from YamlDotNet's nodes for the rest.
/// </summary>
internal sealed class FrontMatterValue
{
    public enum ValueKind
    {
        Scalar,
        Sequence,
        Mapping,
        /// <summary>A value the reader never looks into (a top-level field that is neither scalar nor read as a list).</summary>
        Other,
    }

    public ValueKind Kind { get; }

    /// <summary>The scalar's text (null or empty for an empty scalar).</summary>
    public string? Value { get; }

    public List<FrontMatterValue>? Items { get; }

    /// <summary>The mapping's entries; a key is null when it is not a scalar with a value.</summary>
    public List<KeyValuePair<string?, FrontMatterValue>>? Entries { get; }

    public long Line { get; }

    public long Column { get; }

    private FrontMatterValue(ValueKind kind, string? value, List<FrontMatterValue>? items, List<KeyValuePair<string?, FrontMatterValue>>? entries, long line, long column)
    {
        Kind = kind;
        Value = value;
        Items = items;
        Entries = entries;
        Line = line;
        Column = column;
    }

    public static FrontMatterValue Scalar(string? value) => new(ValueKind.Scalar, value, null, null, 1, 1);

    public static FrontMatterValue Sequence(List<FrontMatterValue> items) => new(ValueKind.Sequence, null, items, null, 1, 1);

    public static FrontMatterValue Mapping(List<KeyValuePair<string?, FrontMatterValue>> entries) => new(ValueKind.Mapping, null, null, entries, 1, 1);

    /// <summary>
    /// The value of a node YamlDotNet loaded. Lists and mappings are converted once each (<paramref name="seen"/>), so
    /// values that aliases repeat stay shared, as in YamlDotNet's nodes: a few lines of aliases that stand for
    /// billions of values, or a list that contains itself, cost no more here than there (the reader's walk bounds them).
    /// </summary>
    public static FrontMatterValue From(YamlNode node, Dictionary<YamlNode, FrontMatterValue> seen)
    {
        var (line, column) = (node.Start.Line, node.Start.Column);
        switch (node)
        {
            case YamlScalarNode scalar:
                return new(ValueKind.Scalar, scalar.Value, null, null, line, column);
            case YamlSequenceNode sequence:
            {
                if (seen.TryGetValue(node, out var known)) return known;
                var items = new List<FrontMatterValue>(sequence.Children.Count);
                var value = new FrontMatterValue(ValueKind.Sequence, null, items, null, line, column);
                seen.Add(node, value);
                foreach (var child in sequence.Children) items.Add(From(child, seen));
                return value;
            }
            case YamlMappingNode mapping:
            {
                if (seen.TryGetValue(node, out var known)) return known;
                var entries = new List<KeyValuePair<string?, FrontMatterValue>>(mapping.Children.Count);
                var value = new FrontMatterValue(ValueKind.Mapping, null, null, entries, line, column);
                seen.Add(node, value);
                foreach (var (k, v) in mapping.Children)
                    entries.Add(new(k is YamlScalarNode { Value: { } key } ? key : null, From(v, seen)));
                return value;
            }
            default:
                return new(ValueKind.Other, null, null, null, line, column);
        }
    }

    /// <summary>A placeholder for a value that is kept only to be known present (see <see cref="ValueKind.Other"/>).</summary>
    public static FrontMatterValue Opaque(YamlNode node) => new(ValueKind.Other, null, null, null, node.Start.Line, node.Start.Column);
}
