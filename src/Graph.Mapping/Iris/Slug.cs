namespace Graph.Mapping.Iris;

/// <summary>
/// Readable ASCII slugs for IRIs: accents folded (é → e, œ → oe, ß → ss), letters and digits kept in lower case,
/// every other run of characters one hyphen. The folding is a table over Latin-1 Supplement and Latin Extended-A/B
/// rather than Unicode normalisation, which the invariant-globalisation build does not decompose.
/// </summary>
internal static class Slug
{
    private const char First = '\u00C0';

    // U+00C0 … U+024F, '|'-separated; empty means "not a letter" (× and ÷).
    private static readonly string[] s_fold = "a|a|a|a|a|a|ae|c|e|e|e|e|i|i|i|i|d|n|o|o|o|o|o||o|u|u|u|u|y|th|ss|a|a|a|a|a|a|ae|c|e|e|e|e|i|i|i|i|d|n|o|o|o|o|o||o|u|u|u|u|y|th|y|a|a|a|a|a|a|c|c|c|c|c|c|c|c|d|d|d|d|e|e|e|e|e|e|e|e|e|e|g|g|g|g|g|g|g|g|h|h|h|h|i|i|i|i|i|i|i|i|i|i|ij|ij|j|j|k|k|k|l|l|l|l|l|l|l|l|l|l|n|n|n|n|n|n|n|n|n|o|o|o|o|o|o|oe|oe|r|r|r|r|r|r|s|s|s|s|s|s|s|s|t|t|t|t|t|t|u|u|u|u|u|u|u|u|u|u|u|u|w|w|y|y|y|z|z|z|z|z|z|s|||||||||||||||||||||||||||||||||o|o||||||||||||||u|u||||||||||||||||||||dz|dz|dz|lj|lj|lj|nj|nj|nj|a|a|i|i|o|o|u|u|u|u|u|u|u|u|u|u||a|a|a|a|||||g|g|k|k|o|o|o|o|||j|dz|dz|dz|g|g|||n|n|a|a|||||a|a|a|a|e|e|e|e|i|i|i|i|o|o|o|o|r|r|r|r|u|u|u|u|s|s|t|t|||h|h|||||||a|a|e|e|o|o|o|o|o|o|o|o|y|y||||||||||||||||||||||||||||".Split('|');

    public static string Of(string text, int maxLength = 80)
    {
        // A character gives at most two (œ → oe) and a hyphen before them: one buffer, on the stack for names and paths.
        char[]? rented = null;
        var buffer = text.Length <= 256 ? stackalloc char[768] : (rented = System.Buffers.ArrayPool<char>.Shared.Rent(text.Length * 3));
        var length = 0;
        var pendingHyphen = false;
        foreach (var c in text)
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9' or >= 'A' and <= 'Z')
            {
                if (pendingHyphen) buffer[length++] = '-';
                pendingHyphen = false;
                buffer[length++] = c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
                continue;
            }
            var folded = Fold(c);
            if (folded is null)
            {
                // Apostrophes inside words (l'inventaire, l’inventaire) separate words too.
                pendingHyphen = length > 0;
                continue;
            }
            if (pendingHyphen) buffer[length++] = '-';
            pendingHyphen = false;
            folded.CopyTo(buffer[length..]);
            length += folded.Length;
        }
        var slug = buffer[..length];
        if (slug.Length > maxLength) slug = slug[..maxLength].TrimEnd('-');
        var result = slug.ToString();
        if (rented is not null) System.Buffers.ArrayPool<char>.Shared.Return(rented);
        return result;
    }

    private static string? Fold(char c)
    {
        var i = c - First;
        if (i >= 0 && i < s_fold.Length) return s_fold[i].Length > 0 ? s_fold[i] : null;
        return null;
    }
}
