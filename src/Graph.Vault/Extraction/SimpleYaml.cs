namespace Graph.Vault.Extraction;

/// <summary>
/// A fast path for the front matter nearly every note has: <c>key: plain value</c>, <c>key: [a, b]</c>, and one level of
/// indented <c>- item</c> or <c>sub: value</c> lines. Gives the values YamlDotNet would (a test compares them on the
/// corpus); returns null at the first construct it does not handle (quotes, block scalars, anchors, tags, deeper
/// nesting, a stray <c>: </c>), and the caller then runs YamlDotNet. Reads the lines in place: only keys and values
/// become strings.
/// </summary>
internal static class SimpleYaml
{
    // Past this many keys a mapping's duplicate check uses a set rather than a scan.
    private const int ScannedKeys = 16;

    /// <summary>The top-level mapping, or null when the YAML needs the full parser.</summary>
    public static FrontMatterValue? TryParse(string yaml)
    {
        var root = new List<KeyValuePair<string?, FrontMatterValue>>();
        HashSet<string>? rootKeys = null;
        string? pendingKey = null;
        List<FrontMatterValue>? items = null;
        List<KeyValuePair<string?, FrontMatterValue>>? map = null;
        HashSet<string>? mapKeys = null;
        var indent = -1;
        var text = yaml.AsSpan();
        var next = 0;
        while (next <= text.Length)
        {
            var rest = text[next..];
            var end = rest.IndexOf('\n');
            var line = (end < 0 ? rest : rest[..end]).TrimEnd();
            next = end < 0 ? text.Length + 1 : next + end + 1;
            if (line.Length == 0 || line.TrimStart()[0] == '#') continue;
            if (line[0] is ' ' or '\t')
            {
                if (pendingKey is null) return null;
                var inner = line.TrimStart();
                // One level only: every indented line of a block has the first one's indentation.
                if (indent < 0) indent = line.Length - inner.Length;
                else if (line.Length - inner.Length != indent) return null;
                if (inner[0] == '-')
                {
                    if (map is not null || (inner.Length > 1 && inner[1] != ' ')) return null;
                    var item = inner[1..].Trim();
                    if (!IsPlain(item)) return null;
                    (items ??= []).Add(Scalar(item));
                    continue;
                }
                if (items is not null || !TrySplit(inner, out var subKey, out var subValue) || !IsPlain(subValue)) return null;
                map ??= [];
                var subName = Text(subKey);
                if (!AddKey(map, ref mapKeys, subName)) return null;
                map.Add(new(subName, Scalar(subValue)));
                continue;
            }
            Flush();
            if (!TrySplit(line, out var keySpan, out var value)) return null;
            var key = Text(keySpan);
            if (!AddKey(root, ref rootKeys, key)) return null;
            if (value.Length == 0) { pendingKey = key; continue; }
            if (value[0] == '#') { root.Add(new(key, s_empty)); continue; }
            if (value[0] == '[')
            {
                if (value[^1] != ']' || value.Length < 2) return null;
                var body = value[1..^1];
                if (body.IndexOfAny("[]{}") >= 0) return null;
                // A quote inside an item is part of a plain scalar ("l'année"); one that opens an item quotes it.
                var quoted = body.IndexOfAny('"', '\'') >= 0;
                var parts = new List<FrontMatterValue>();
                foreach (var range in body.Split(','))
                {
                    if (body[range].Trim() is not { Length: > 0 } part) continue;
                    if (quoted && part.IndexOfAny('"', '\'') >= 0 && !IsPlain(part)) return null;
                    parts.Add(Scalar(part));
                }
                root.Add(new(key, FrontMatterValue.Sequence(parts)));
                continue;
            }
            if (!IsPlain(value)) return null;
            root.Add(new(key, Scalar(value)));
        }
        Flush();
        return FrontMatterValue.Mapping(root);

        void Flush()
        {
            if (pendingKey is null) return;
            var node = items is not null ? FrontMatterValue.Sequence(items)
                : map is not null ? FrontMatterValue.Mapping(map)
                : s_empty;
            root.Add(new(pendingKey, node));
            pendingKey = null;
            items = null;
            map = null;
            mapKeys = null;
            indent = -1;
        }
    }

    // Scalars are immutable and read only while their note's front matter is: one per text a thread met (as for
    // strings below), and one for every empty value, instead of an object per value per note.
    private static readonly FrontMatterValue s_empty = FrontMatterValue.Scalar(null);

    [ThreadStatic] private static Dictionary<string, FrontMatterValue>? t_scalars;

    private static FrontMatterValue Scalar(ReadOnlySpan<char> value)
    {
        if (value.Length == 0) return s_empty;
        if (value.Length > MaxSharedLength) return FrontMatterValue.Scalar(value.ToString());
        var scalars = t_scalars ??= new(StringComparer.Ordinal);
        if (scalars.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(value, out var known)) return known;
        var text = Text(value);
        var fresh = FrontMatterValue.Scalar(text);
        if (scalars.Count < MaxShared) scalars.Add(text, fresh);
        return fresh;
    }

    // Keys and short values repeat from note to note ("title", "layout", a layout's path, a tag): each thread keeps one
    // string per text it met (up to a bound), so that 20,000 notes do not hold 20,000 copies of "layouts/post.njk".
    private const int MaxSharedLength = 64;
    private const int MaxShared = 4096;

    [ThreadStatic] private static Dictionary<string, string>? t_shared;

    private static string Text(ReadOnlySpan<char> text)
    {
        if (text.Length > MaxSharedLength) return text.ToString();
        var shared = t_shared ??= new(StringComparer.Ordinal);
        if (shared.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(text, out var known)) return known;
        var fresh = text.ToString();
        if (shared.Count < MaxShared) shared.Add(fresh, fresh);
        return fresh;
    }

    // False when the mapping has the key already (YAML forbids it; YamlDotNet then reports the error).
    private static bool AddKey(List<KeyValuePair<string?, FrontMatterValue>> entries, ref HashSet<string>? index, string key)
    {
        if (index is null)
        {
            foreach (var entry in entries)
                if (entry.Key == key) return false;
            if (entries.Count < ScannedKeys) return true;
            index = new HashSet<string>(StringComparer.Ordinal);
            foreach (var entry in entries) index.Add(entry.Key!);
        }
        return index.Add(key);
    }

    // key, then optional spaces, then ':' followed by a space or the end of the line.
    private static bool TrySplit(ReadOnlySpan<char> line, out ReadOnlySpan<char> key, out ReadOnlySpan<char> value)
    {
        key = default;
        value = default;
        var colon = line.IndexOf(':');
        if (colon <= 0) return false;
        var k = line[..colon].TrimEnd();
        if (k.Length == 0 || !(char.IsAsciiLetter(k[0]) || k[0] == '_')) return false;
        foreach (var c in k)
            if (!(char.IsAsciiLetterOrDigit(c) || c is '_' or '-')) return false;
        if (colon + 1 < line.Length && line[colon + 1] != ' ') return false;
        key = k;
        value = line[(colon + 1)..].Trim();
        return true;
    }

    private static bool IsPlain(ReadOnlySpan<char> value)
    {
        if (value.Length == 0) return true;
        if (value[0] is '"' or '\'' or '[' or '{' or '&' or '*' or '!' or '|' or '>' or '%' or '@' or '`' or '#' or '-' or '?' or ',') return false;
        return value.IndexOf(": ") < 0 && value.IndexOf(" #") < 0 && value[^1] != ':';
    }
}
