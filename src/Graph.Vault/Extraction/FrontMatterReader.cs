using System.Text.RegularExpressions;
using Graph.Core.Diagnostics;
using Graph.Vault.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Graph.Vault.Extraction;

/// <summary>
/// Reads a front-matter block (https://jekyllrb.com/docs/front-matter/, as Obsidian and Eleventy use it) with YamlDotNet,
/// leniently. When YAML rejects the block, the top-level <c>key: value</c> lines are still read one by one so a stray
/// colon does not cost the note its title and tags; a diagnostic says where YAML stopped.
/// </summary>
internal static partial class FrontMatterReader
{
    /// <summary>The deepest nesting of flow collections ('[', '{') and the widest indentation read as YAML (found by fuzz/).</summary>
    internal const int MaxYamlNesting = 64;

    private const int MaxYamlIndentation = 256;

    private static bool NestsTooDeep(string yaml)
    {
        int depth = 0, indentation = 0;
        var lineStart = true;
        foreach (var c in yaml)
        {
            if (c == '\n') { lineStart = true; indentation = 0; continue; }
            if (lineStart && c == ' ') { if (++indentation > MaxYamlIndentation) return true; continue; }
            lineStart = false;
            if (c is '[' or '{' && ++depth > MaxYamlNesting) return true;
            if (c is ']' or '}' && depth > 0) depth--;
        }
        return false;
    }

    /// <summary>
    /// The most values a note's list fields may yield, and how deep lists may nest. YAML aliases are references, so a
    /// few lines can stand for billions of values ("billion laughs") or a list that contains itself; walking them
    /// stops at these limits.
    /// </summary>
    internal const int MaxValues = 10_000;

    internal const int MaxDepth = 64;

    public static FrontMatter Read(RawFrontMatter raw, string path, List<Diagnostic> diagnostics)
    {
        if (raw.Yaml is null) return FrontMatter.None with { BodyLine = raw.BodyLine };
        var fields = new SortedDictionary<string, YamlNode?>(StringComparer.Ordinal);
        var valid = true;
        try
        {
            YamlMappingNode? simple = SimpleYaml.TryParse(raw.Yaml);
            var stream = new YamlStream();
            if (simple is null)
            {
                // YamlDotNet recurses once per nesting level with no limit: hostile nesting would overflow the stack.
                if (NestsTooDeep(raw.Yaml)) throw new YamlException($"the YAML nests deeper than {MaxYamlNesting} levels");
                stream.Load(new StringReader(raw.Yaml));
            }
            if ((simple ?? (stream.Documents.Count > 0 ? stream.Documents[0].RootNode : null)) is YamlMappingNode map)
            {
                foreach (var (k, v) in map.Children)
                    if (k is YamlScalarNode { Value: { } key }) fields[key.Trim()] = v is YamlScalarNode { Value: null or "" } ? null : v;
            }
            else if (stream.Documents.Count > 0 && stream.Documents[0].RootNode is not YamlScalarNode { Value: null or "" })
            {
                diagnostics.Add(new(DiagnosticSeverity.Warning, VaultCodes.BrokenFrontMatter,
                    "front matter is not a mapping of keys to values; ignored", path, new(raw.YamlLine, 1)));
            }
        }
        // YamlDotNet reports most errors as YamlException, but some malformed flow collections (an unclosed '[')
        // surface as InvalidOperationException from its scanner, and an anchor glued to its value ("&a{x: 1}") as
        // ArgumentException from its node loader (found by fuzz/): all mean "not valid YAML".
        catch (Exception e) when (e is YamlException or InvalidOperationException or ArgumentException)
        {
            valid = false;
            var start = (e as YamlException)?.Start;
            var line = raw.YamlLine + (int)Math.Max(0, (start?.Line ?? 1) - 1);
            var column = (int)Math.Max(1, start?.Column ?? 1);
            diagnostics.Add(new(DiagnosticSeverity.Warning, VaultCodes.BrokenFrontMatter,
                $"front matter is not valid YAML ({(e is YamlException ? FirstLine(e.Message) : "a flow collection '[' or '{' is not closed")}); reading its 'key: value' lines one by one", path, new(line, column)));
            fields.Clear();
            foreach (var (key, value) in LenientFields(raw.Yaml)) fields.TryAdd(key, value.Length == 0 ? null : new YamlScalarNode(value));
        }

        var tags = new List<string>();
        var budget = new ValueBudget(path, raw.YamlLine, diagnostics);
        if (fields.TryGetValue("tags", out var tagNode) || fields.TryGetValue("tag", out tagNode))
            AddValues(tagNode, tags, splitSpaces: true, budget, "tags", 0);
        RecoverCommentTags(raw.Yaml, tags);

        var aliases = new List<string>();
        foreach (var key in (ReadOnlySpan<string>)["alias", "aliases"])
            if (fields.TryGetValue(key, out var node)) AddValues(node, aliases, splitSpaces: false, budget, key, 0);

        var dateText = Scalar(fields, "date");
        DateOnly? date = null;
        if (dateText is not null)
        {
            date = DateParser.Parse(dateText);
            if (date is null)
                diagnostics.Add(new(DiagnosticSeverity.Warning, VaultCodes.InvalidDate,
                    $"date '{Excerpt.Of(dateText)}' is not a date (expected e.g. 2022-10-12 or 12.10.2022)", path, new(FieldLine(raw.Yaml, "date", raw.YamlLine), 1)));
        }

        var flat = new List<KeyValuePair<string, string>>();
        foreach (var (key, node) in fields)
            if (node is YamlScalarNode { Value: { } v }) flat.Add(new(key, v.Trim()));

        return new FrontMatter(
            Present: true,
            Valid: valid,
            Title: Scalar(fields, "title"),
            Aliases: Distinct(aliases),
            Tags: Distinct(tags),
            DateText: dateText,
            Date: date,
            Layout: Scalar(fields, "layout"),
            Navigation: ReadNavigation(fields.GetValueOrDefault("eleventyNavigation")),
            Fields: flat,
            BodyLine: raw.BodyLine);
    }

    private static string? Scalar(SortedDictionary<string, YamlNode?> fields, string key) =>
        fields.GetValueOrDefault(key) is YamlScalarNode { Value: { } v } && v.Trim() is { Length: > 0 } t ? t : null;

    private static void AddValues(YamlNode? node, List<string> into, bool splitSpaces, ValueBudget budget, string key, int depth)
    {
        if (node is null || budget.Exhausted) return;
        if (depth > MaxDepth || !budget.Take())
        {
            budget.Stop(key, node, depth > MaxDepth
                ? $"'{key}' nests lists more than {MaxDepth} deep (a YAML alias that contains itself?); the rest is ignored"
                : $"'{key}' expands to more than {MaxValues:N0} values (YAML aliases?); the rest is ignored");
            return;
        }
        switch (node)
        {
            case YamlScalarNode { Value: { } v }:
                if (splitSpaces)
                {
                    // A value recovered from broken YAML may still carry flow-list punctuation ("[a, b").
                    foreach (var part in v.Split([' ', ',', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                        if (part.Trim('[', ']', '"', '\'').TrimStart('#') is { Length: > 0 } tag) into.Add(tag);
                }
                else if (v.Trim() is { Length: > 0 } t) into.Add(t);
                return;
            case YamlScalarNode:
                return;
            case YamlSequenceNode seq:
                foreach (var item in seq.Children)
                {
                    AddValues(item, into, splitSpaces, budget, key, depth + 1);
                    if (budget.Exhausted) return;
                }
                return;
            default:
                budget.Diagnostics.Add(new(DiagnosticSeverity.Warning, VaultCodes.UnexpectedField,
                    $"'{key}' should be a string or a list; ignored", budget.Path, budget.At(node)));
                return;
        }
    }

    // Counts the values one note's fields yield; the first overrun is reported once and stops every walk.
    private sealed class ValueBudget(string path, int yamlLine, List<Diagnostic> diagnostics)
    {
        private int _left = MaxValues;

        public string Path => path;

        public List<Diagnostic> Diagnostics => diagnostics;

        public bool Exhausted { get; private set; }

        public bool Take() => _left-- > 0;

        public TextPosition At(YamlNode node) => new(yamlLine + (int)node.Start.Line - 1, (int)Math.Max(1, node.Start.Column));

        public void Stop(string key, YamlNode node, string message)
        {
            Exhausted = true;
            diagnostics.Add(new(DiagnosticSeverity.Warning, VaultCodes.FrontMatterTooLarge, message, path, At(node)));
        }
    }

    // 'tags: #a #b' and '- #a' are YAML comments: the values are only in the raw text.
    private static void RecoverCommentTags(string yaml, List<string> tags)
    {
        // Both forms need a '#': most front matters have none, and are not split into lines for nothing.
        if (!yaml.Contains('#')) return;
        var inTags = false;
        foreach (var line in yaml.Split('\n'))
        {
            var m = TagsKey().Match(line);
            if (m.Success) { inTags = true; AddHashTags(m.Groups[1].Value, tags); continue; }
            if (inTags && ListItem().Match(line) is { Success: true } item) { AddHashTags(item.Groups[1].Value, tags); continue; }
            if (line.Length > 0 && !char.IsWhiteSpace(line[0])) inTags = false;
        }
    }

    private static void AddHashTags(string text, List<string> tags)
    {
        var comment = text.TrimStart();
        if (!comment.StartsWith('#')) return;
        foreach (Match t in HashTag().Matches(comment)) tags.Add(t.Groups[1].Value);
    }

    private static Navigation? ReadNavigation(YamlNode? node)
    {
        if (node is not YamlMappingNode map) return null;
        string? Get(string key) => map.Children.FirstOrDefault(c => c.Key is YamlScalarNode { Value: { } k } && k.Trim() == key).Value
            is YamlScalarNode { Value: { } v } && v.Trim() is { Length: > 0 } t ? t : null;
        var order = int.TryParse(Get("order"), out var o) ? o : (int?)null;
        var nav = new Navigation(Get("key"), Get("title"), Get("parent"), order);
        return nav.Key is null && nav.Title is null && nav.Parent is null ? null : nav;
    }

    private static IEnumerable<(string Key, string Value)> LenientFields(string yaml)
    {
        foreach (var line in yaml.Split('\n'))
            if (TopLevelField().Match(line) is { Success: true } m) yield return (m.Groups[1].Value.Trim(), m.Groups[2].Value.Trim().Trim('"', '\''));
    }

    private static int FieldLine(string yaml, string key, int yamlLine)
    {
        var lines = yaml.Split('\n');
        for (var i = 0; i < lines.Length; i++)
            if (lines[i].StartsWith(key, StringComparison.Ordinal)) return yamlLine + i;
        return yamlLine;
    }

    private static IReadOnlyList<string> Distinct(List<string> values)
    {
        var result = new List<string>(values.Count);
        // Notes have a handful of tags and aliases: a linear check beats building a set for each list.
        if (values.Count <= 16)
        {
            foreach (var v in values)
                if (v.Length > 0 && !result.Contains(v)) result.Add(v);
            return result;
        }
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var v in values)
            if (v.Length > 0 && seen.Add(v)) result.Add(v);
        return result;
    }

    private static string FirstLine(string message) => message.Split('\n')[0].Trim();

    [GeneratedRegex(@"^tags?\s*:(.*)$")]
    private static partial Regex TagsKey();

    [GeneratedRegex(@"^\s+-\s*(#.*)$")]
    private static partial Regex ListItem();

    [GeneratedRegex(@"#([^\s#,\[\]]+)")]
    private static partial Regex HashTag();

    [GeneratedRegex(@"^([A-Za-z_][\w-]*)\s*:\s?(.*)$")]
    private static partial Regex TopLevelField();
}
