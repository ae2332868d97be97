using YamlDotNet.RepresentationModel;

namespace Graph.Vault.Extraction;

/// <summary>
/// A fast path for the front matter nearly every note has: <c>key: plain value</c>, <c>key: [a, b]</c>, and one level of
/// indented <c>- item</c> or <c>sub: value</c> lines. Builds the same YamlDotNet nodes the full parser would; returns
/// null at the first construct it does not handle (quotes, block scalars, anchors, tags, deeper nesting, a stray
/// <c>: </c>), and the caller then runs YamlDotNet. Saves most of the front matter's cost on large vaults.
/// </summary>
internal static class SimpleYaml
{
    public static YamlMappingNode? TryParse(string yaml)
    {
        var root = new YamlMappingNode();
        string? pendingKey = null;
        List<YamlNode>? items = null;
        YamlMappingNode? map = null;
        var indent = -1;
        foreach (var raw in yaml.Split('\n'))
        {
            var line = raw.TrimEnd();
            if (line.Length == 0 || line.TrimStart().StartsWith('#')) continue;
            if (line[0] is ' ' or '\t')
            {
                if (pendingKey is null) return null;
                var inner = line.TrimStart();
                // One level only: every indented line of a block has the first one's indentation.
                if (indent < 0) indent = line.Length - inner.Length;
                else if (line.Length - inner.Length != indent) return null;
                if (inner.StartsWith('-'))
                {
                    if (map is not null || (inner.Length > 1 && inner[1] != ' ')) return null;
                    var item = inner[1..].Trim();
                    if (!IsPlain(item)) return null;
                    (items ??= []).Add(new YamlScalarNode(item.Length == 0 ? null : item));
                    continue;
                }
                if (items is not null || !TrySplit(inner, out var subKey, out var subValue)) return null;
                if (subValue is null || !IsPlain(subValue)) return null;
                map ??= new YamlMappingNode();
                if (map.Children.ContainsKey(new YamlScalarNode(subKey))) return null;
                map.Add(subKey, new YamlScalarNode(subValue.Length == 0 ? null : subValue));
                continue;
            }
            Flush();
            if (!TrySplit(line, out var key, out var value) || value is null) return null;
            if (root.Children.ContainsKey(new YamlScalarNode(key))) return null;
            if (value.Length == 0) { pendingKey = key; continue; }
            if (value.StartsWith('#')) { root.Add(key, new YamlScalarNode(null)); continue; }
            if (value.StartsWith('['))
            {
                if (!value.EndsWith(']')) return null;
                var body = value[1..^1];
                if (body.IndexOfAny(['[', ']', '{', '}', '"', '\'']) >= 0) return null;
                var seq = new YamlSequenceNode();
                foreach (var part in body.Split(','))
                    if (part.Trim() is { Length: > 0 } p) seq.Add(new YamlScalarNode(p));
                root.Add(key, seq);
                continue;
            }
            if (!IsPlain(value)) return null;
            root.Add(key, new YamlScalarNode(value));
        }
        Flush();
        return root;

        void Flush()
        {
            if (pendingKey is null) return;
            YamlNode node = items is not null ? new YamlSequenceNode(items) : map ?? (YamlNode)new YamlScalarNode(null);
            root.Add(pendingKey, node);
            pendingKey = null;
            items = null;
            map = null;
            indent = -1;
        }
    }

    // key, then optional spaces, then ':' followed by a space or the end of the line.
    private static bool TrySplit(string line, out string key, out string? value)
    {
        key = string.Empty;
        value = null;
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

    private static bool IsPlain(string value)
    {
        if (value.Length == 0) return true;
        if (value[0] is '"' or '\'' or '[' or '{' or '&' or '*' or '!' or '|' or '>' or '%' or '@' or '`' or '#' or '-' or '?' or ',') return false;
        return !value.Contains(": ", StringComparison.Ordinal) && !value.Contains(" #", StringComparison.Ordinal) && !value.EndsWith(':');
    }
}
