namespace Graph.Vault.Extraction;

/// <summary>
/// The front-matter block cut from a note's text: the YAML between the opening and closing <c>---</c>, the body after
/// it, and the 1-based line where each starts. <see cref="Unclosed"/> when an opening <c>---</c> has no closing line.
/// </summary>
internal readonly record struct RawFrontMatter(string? Yaml, int YamlLine, string Body, int BodyLine, bool Unclosed)
{
    // A front matter starts at the very first line with exactly '---' (trailing spaces tolerated) and ends at the next
    // line that is '---' or '...'. Text is already '\n'-normalised and BOM-free.
    public static RawFrontMatter Split(string text) => Split(text.AsMemory());

    /// <summary>
    /// As <see cref="Split(string)"/> for text that may be in a reused buffer: only the YAML and the body become
    /// strings (the body is the text's own string when there is no front matter and the text is one).
    /// </summary>
    public static RawFrontMatter Split(ReadOnlyMemory<char> text)
    {
        var span = text.Span;
        if (!IsFence(span, out var afterOpen)) return new(null, 0, text.ToString(), 1, false);
        var line = 2;
        var pos = afterOpen;
        while (pos < span.Length)
        {
            var end = span[pos..].IndexOf('\n');
            var lineEnd = end < 0 ? span.Length : pos + end;
            var content = span[pos..lineEnd].TrimEnd();
            if (content is "---" or "...")
            {
                var yaml = span[afterOpen..pos].ToString();
                var bodyStart = end < 0 ? span.Length : lineEnd + 1;
                return new(yaml, 2, text[bodyStart..].ToString(), line + 1, false);
            }
            if (end < 0) break;
            pos = lineEnd + 1;
            line++;
        }
        return new(null, 0, text.ToString(), 1, true);
    }

    private static bool IsFence(ReadOnlySpan<char> text, out int next)
    {
        var end = text.IndexOf('\n');
        var lineEnd = end < 0 ? text.Length : end;
        next = end < 0 ? text.Length : end + 1;
        return text[..lineEnd].TrimEnd() is "---";
    }
}
