using System.Text;

namespace Graph.Vault.Extraction;

/// <summary>
/// Bounds how deeply a note's lines nest before Markdig reads them. Each block quote marker, list marker and
/// indentation column of a line's prefix can open a container, and Markdig's cost per line grows with the number of
/// open containers times their indentation: a 1 MB list nested 1,000 deep takes minutes, and past 128 levels Markdig
/// gives up on the whole note. Prefixes wider than <see cref="MaxPrefixColumns"/> are cut to it; the content stays.
/// </summary>
internal static class DeepLines
{
    /// <summary>Columns of leading markers and indentation kept (a tab counts 4): at most ~100 nested containers.</summary>
    public const int MaxPrefixColumns = 100;

    /// <summary>
    /// The body with over-deep prefixes cut, the 0-based index of the first line cut (or -1) and how many were cut.
    /// Returns <paramref name="body"/> itself when no line needs it.
    /// </summary>
    public static string Clip(string body, out int firstLine, out int lines)
    {
        firstLine = -1;
        lines = 0;
        StringBuilder? clipped = null;
        var copied = 0;
        var index = 0;
        for (var start = 0; start < body.Length; index++)
        {
            var end = body.IndexOf('\n', start);
            if (end < 0) end = body.Length;
            var (columns, keep, prefix) = Measure(body.AsSpan(start, end - start));
            if (columns > MaxPrefixColumns)
            {
                clipped ??= new StringBuilder(body.Length);
                clipped.Append(body, copied, start + keep - copied);
                copied = start + prefix;
                if (firstLine < 0) firstLine = index;
                lines++;
            }
            start = end + 1;
        }
        if (clipped is null) return body;
        clipped.Append(body, copied, body.Length - copied);
        return clipped.ToString();
    }

    // The prefix's width in columns, how many of its characters fit in the limit, and its length in characters.
    private static (int Columns, int Keep, int Prefix) Measure(ReadOnlySpan<char> line)
    {
        var columns = 0;
        var keep = 0;
        var i = 0;
        for (; i < line.Length; i++)
        {
            var c = line[i];
            var isMarker = c is ' ' or '>' or '\t'
                || (c is '-' or '*' or '+' && (i + 1 == line.Length || line[i + 1] is ' ' or '\t'));
            if (!isMarker) break;
            columns += c == '\t' ? 4 : 1;
            if (columns <= MaxPrefixColumns) keep = i + 1;
        }
        return (columns, keep, i);
    }
}
