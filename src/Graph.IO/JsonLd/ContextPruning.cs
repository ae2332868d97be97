namespace Graph.IO.JsonLd;

/// <summary>
/// Keeps, from a context definition, only the entries a written document needs: every keyword entry, the terms it used,
/// and (transitively) the terms those definitions refer to (prefixes of compact IRIs, type terms). Unused terms cannot
/// change how the remaining keys and values expand, so the document means the same under the pruned context.
/// </summary>
internal static class ContextPruning
{
    public static object? Prune(object? context, IReadOnlySet<string> used)
    {
        if (context is not JsonMap map) return context; // An array or a reference: kept whole.
        var keep = new HashSet<string>(used, StringComparer.Ordinal);
        // Keyword entries (e.g. "@vocab": "schema:") may refer to prefixes too.
        foreach (var (key, value) in map)
            if (key.StartsWith('@') && value is string v && v.IndexOf(':') is > 0 and var c && map.ContainsKey(v[..c])) keep.Add(v[..c]);
        var queue = new Queue<string>(keep);
        while (queue.Count > 0)
        {
            var term = queue.Dequeue();
            if (!map.TryGetValue(term, out var definition)) continue;
            foreach (var s in Strings(definition))
            {
                var colon = s.IndexOf(':');
                var referenced = colon > 0 ? s[..colon] : s;
                if (map.ContainsKey(referenced) && keep.Add(referenced)) queue.Enqueue(referenced);
            }
        }
        var result = new JsonMap();
        foreach (var (key, value) in map)
        {
            if (key.StartsWith('@') || keep.Contains(key)) result[key] = value;
            else if (value is string s && s.StartsWith('@')) result[key] = value; // keyword aliases may be used anywhere
        }
        return result;
    }

    private static IEnumerable<string> Strings(object? value) => value switch
    {
        string s => [s],
        JsonMap m => m.Values.SelectMany(Strings),
        List<object?> l => l.SelectMany(Strings),
        _ => [],
    };
}
