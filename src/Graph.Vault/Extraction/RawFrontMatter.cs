namespace Graph.Vault.Extraction;

/// <summary>
/// The front-matter block cut from a note's text: the YAML between the opening and closing <c>---</c>, the body after
/// it, and the 1-based line where each starts. <see cref="Unclosed"/> when an opening <c>---</c> has no closing line.
/// </summary>
internal readonly record struct RawFrontMatter(string? Yaml, int YamlLine, string Body, int BodyLine, bool Unclosed)
{
    // A front matter starts at the very first line with exactly '---' (trailing spaces tolerated) and ends at the next
    // line that is '---' or '...'. Text is already '\n'-normalised and BOM-free.
    public static RawFrontMatter Split(string text)
    {
        if (!IsFence(text, 0, out var afterOpen)) return new(null, 0, text, 1, false);
        var line = 2;
        var pos = afterOpen;
        while (pos < text.Length)
        {
            var end = text.IndexOf('\n', pos);
            var lineEnd = end < 0 ? text.Length : end;
            var content = text.AsSpan(pos, lineEnd - pos).TrimEnd();
            if (content is "---" or "...")
            {
                var yaml = text[afterOpen..pos];
                var bodyStart = end < 0 ? text.Length : end + 1;
                return new(yaml, 2, text[bodyStart..], line + 1, false);
            }
            if (end < 0) break;
            pos = end + 1;
            line++;
        }
        return new(null, 0, text, 1, true);
    }

    private static bool IsFence(string text, int start, out int next)
    {
        var end = text.IndexOf('\n', start);
        var lineEnd = end < 0 ? text.Length : end;
        next = end < 0 ? text.Length : end + 1;
        return text.AsSpan(start, lineEnd - start).TrimEnd() is "---";
    }
}
