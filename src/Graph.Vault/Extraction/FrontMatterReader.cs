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

    // The top-level keys whose lists or mappings the reader walks; any other field is read only when it is a scalar.
    private static bool IsWalked(string key) => key is "tags" or "tag" or "alias" or "aliases" or "eleventyNavigation";

    // The fields of the note being read, per thread (a note's front matter is read at once, never nested).
    [ThreadStatic] private static Dictionary<string, FrontMatterValue?>? t_fields;

    public static FrontMatter Read(RawFrontMatter raw, string path, List<Diagnostic> diagnostics)
    {
        if (raw.Yaml is null) return FrontMatter.None with { BodyLine = raw.BodyLine };
        var fields = t_fields ??= new(StringComparer.Ordinal);
        fields.Clear();
        var valid = true;
        try
        {
            if (SimpleYaml.TryParse(raw.Yaml) is { } simple)
            {
                foreach (var (key, value) in simple.Entries!) fields[key!] = value is { Kind: FrontMatterValue.ValueKind.Scalar, Value: null or "" } ? null : value;
            }
            else
            {
                // YamlDotNet recurses once per nesting level with no limit: hostile nesting would overflow the stack.
                if (NestsTooDeep(raw.Yaml)) throw new YamlException($"the YAML nests deeper than {MaxYamlNesting} levels");
                var stream = new YamlStream();
                stream.Load(new StringReader(raw.Yaml));
                if (stream.Documents.Count > 0 && stream.Documents[0].RootNode is YamlMappingNode map)
                {
                    var seen = new Dictionary<YamlNode, FrontMatterValue>(ReferenceEqualityComparer.Instance);
                    foreach (var (k, v) in map.Children)
                    {
                        if (k is not YamlScalarNode { Value: { } name }) continue;
                        var key = name.Trim();
                        fields[key] = v switch
                        {
                            YamlScalarNode { Value: null or "" } => null,
                            YamlScalarNode => FrontMatterValue.From(v, seen),
                            _ => IsWalked(key) ? FrontMatterValue.From(v, seen) : FrontMatterValue.Opaque(v),
                        };
                    }
                }
                else if (stream.Documents.Count > 0 && stream.Documents[0].RootNode is not YamlScalarNode { Value: null or "" })
                {
                    diagnostics.Add(new(DiagnosticSeverity.Warning, VaultCodes.BrokenFrontMatter,
                        "front matter is not a mapping of keys to values; ignored", path, new(raw.YamlLine, 1)));
                }
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
            foreach (var (key, value) in LenientFields(raw.Yaml)) fields.TryAdd(key, value.Length == 0 ? null : FrontMatterValue.Scalar(value));
        }

        var tags = new List<string>();
        ValueBudget? budget = null;
        if (fields.TryGetValue("tags", out var tagNode) || fields.TryGetValue("tag", out tagNode))
            AddValues(tagNode, tags, splitSpaces: true, budget ??= new(path, raw.YamlLine, diagnostics), "tags", 0);
        RecoverCommentTags(raw.Yaml, tags);

        var aliases = new List<string>();
        foreach (var key in (ReadOnlySpan<string>)["alias", "aliases"])
            if (fields.TryGetValue(key, out var node)) AddValues(node, aliases, splitSpaces: false, budget ??= new(path, raw.YamlLine, diagnostics), key, 0);

        var dateText = Scalar(fields, "date");
        DateOnly? date = null;
        if (dateText is not null)
        {
            date = DateParser.Parse(dateText);
            if (date is null)
                diagnostics.Add(new(DiagnosticSeverity.Warning, VaultCodes.InvalidDate,
                    $"date '{Excerpt.Of(dateText)}' is not a date (expected e.g. 2022-10-12 or 12.10.2022)", path, new(FieldLine(raw.Yaml, "date", raw.YamlLine), 1)));
        }

        // Every top-level scalar, sorted by key: an array of the exact size, as the model keeps it for the note's life.
        var scalars = 0;
        foreach (var (_, node) in fields)
            if (node is { Kind: FrontMatterValue.ValueKind.Scalar, Value: not null }) scalars++;
        var flat = scalars == 0 ? [] : new KeyValuePair<string, string>[scalars];
        scalars = 0;
        foreach (var (key, node) in fields)
            if (node is { Kind: FrontMatterValue.ValueKind.Scalar, Value: { } v }) flat[scalars++] = new(key, v.Trim());
        if (flat.Length > 1) Array.Sort(flat, static (a, b) => string.CompareOrdinal(a.Key, b.Key));

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

    private static string? Scalar(Dictionary<string, FrontMatterValue?> fields, string key) => TrimmedScalar(fields.GetValueOrDefault(key));

    private static string? TrimmedScalar(FrontMatterValue? node) =>
        node is { Kind: FrontMatterValue.ValueKind.Scalar, Value: { } v } && v.Trim() is { Length: > 0 } t ? t : null;

    private static void AddValues(FrontMatterValue? node, List<string> into, bool splitSpaces, ValueBudget budget, string key, int depth)
    {
        if (node is null || budget.Exhausted) return;
        if (depth > MaxDepth || !budget.Take())
        {
            budget.Stop(key, node, depth > MaxDepth
                ? $"'{key}' nests lists more than {MaxDepth} deep (a YAML alias that contains itself?); the rest is ignored"
                : $"'{key}' expands to more than {MaxValues:N0} values (YAML aliases?); the rest is ignored");
            return;
        }
        switch (node.Kind)
        {
            case FrontMatterValue.ValueKind.Scalar when node.Value is { } v:
                if (splitSpaces) AddTags(v, into);
                else if (v.Trim() is { Length: > 0 } t) into.Add(t);
                return;
            case FrontMatterValue.ValueKind.Scalar:
                return;
            case FrontMatterValue.ValueKind.Sequence:
                foreach (var item in node.Items!)
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

    // The tags of one value: split at spaces, commas and tabs, each part trimmed of white space, then of flow-list
    // punctuation a value recovered from broken YAML may still carry ("[a, b"), then of leading '#'s.
    private static void AddTags(string value, List<string> into)
    {
        foreach (var range in value.AsSpan().SplitAny(" ,\t"))
        {
            var part = value.AsSpan()[range].Trim();
            if (part.IsEmpty) continue;
            var tag = part.Trim("[]\"'").TrimStart('#');
            if (tag.Length > 0) into.Add(tag.Length == value.Length ? value : tag.ToString());
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

        public TextPosition At(FrontMatterValue node) => new(yamlLine + (int)node.Line - 1, (int)Math.Max(1, node.Column));

        public void Stop(string key, FrontMatterValue node, string message)
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

    private static Navigation? ReadNavigation(FrontMatterValue? node)
    {
        if (node is not { Kind: FrontMatterValue.ValueKind.Mapping, Entries: { } entries }) return null;
        // The first entry with the key decides, even when it is not a scalar.
        string? Get(string key)
        {
            foreach (var (k, v) in entries)
                if (k is not null && k.AsSpan().Trim().SequenceEqual(key)) return TrimmedScalar(v);
            return null;
        }
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

    // The lists live as long as the model: kept as exact arrays (none for an empty list), not as growable lists.
    private static IReadOnlyList<string> Distinct(List<string> values)
    {
        // Notes have a handful of tags and aliases: a linear check beats building a set for each list, and a list
        // with neither empty values nor repeats (nearly all) is kept as it is.
        if (values.Count == 0) return [];
        if (values.Count <= 16)
        {
            var clean = true;
            for (var i = 0; i < values.Count && clean; i++)
            {
                if (values[i].Length == 0) clean = false;
                for (var j = 0; j < i && clean; j++)
                    if (values[j] == values[i]) clean = false;
            }
            if (clean) return values.ToArray();
            var result = new List<string>(values.Count);
            foreach (var v in values)
                if (v.Length > 0 && !result.Contains(v)) result.Add(v);
            return result.Count == 0 ? [] : result.ToArray();
        }
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var distinct = new List<string>(values.Count);
        foreach (var v in values)
            if (v.Length > 0 && seen.Add(v)) distinct.Add(v);
        return distinct.ToArray();
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
