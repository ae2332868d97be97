namespace Graph.Vault.Resolution;

/// <summary>Sorted distinct string lists for the identities (a list sorted once, not a tree grown item by item).</summary>
internal static class Sorted
{
    /// <summary><paramref name="values"/> sorted ordinally without repeats, as an exact array (the shared empty one when none).</summary>
    public static string[] Distinct(List<string> values)
    {
        if (values.Count == 0) return [];
        values.Sort(StringComparer.Ordinal);
        var kept = 1;
        for (var i = 1; i < values.Count; i++)
            if (!string.Equals(values[i], values[kept - 1], StringComparison.Ordinal)) values[kept++] = values[i];
        var result = new string[kept];
        values.CopyTo(0, result, 0, kept);
        return result;
    }
}
