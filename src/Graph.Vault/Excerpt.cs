namespace Graph.Vault;

/// <summary>
/// Quotes user text inside a diagnostic message: one line, at most a few dozen characters, so that a pathological
/// input (a link 100,000 brackets long, an unclosed CSV quote) cannot make one warning megabytes long.
/// </summary>
internal static class Excerpt
{
    public const int DefaultLength = 80;

    public static string Of(string text, int max = DefaultLength)
    {
        var newline = text.AsSpan().IndexOfAny('\r', '\n');
        var line = newline >= 0 ? text[..newline] + "…" : text;
        if (line.Length <= max) return line;
        var cut = max;
        if (char.IsHighSurrogate(line[cut - 1])) cut--;
        return string.Concat(line.AsSpan(0, cut), $"… ({text.Length:N0} characters)");
    }
}
