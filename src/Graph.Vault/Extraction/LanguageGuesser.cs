namespace Graph.Vault.Extraction;

/// <summary>
/// Guesses a text's language among French, English and German: first from tags that name a language (<c>english</c>,
/// <c>anglais</c>, <c>francais</c>…), else by counting each language's most frequent function words that the others lack.
/// </summary>
internal static class LanguageGuesser
{
    private static readonly HashSet<string> s_fr = new(StringComparer.OrdinalIgnoreCase)
        { "le", "la", "les", "des", "du", "et", "est", "une", "pour", "dans", "que", "qui", "sur", "au", "aux", "avec", "ne", "pas", "par", "ce", "sont", "leur", "ou", "son", "ses" };
    private static readonly HashSet<string> s_en = new(StringComparer.OrdinalIgnoreCase)
        { "the", "and", "of", "to", "is", "for", "with", "that", "on", "are", "by", "this", "as", "from", "be", "it", "their", "can", "have", "or" };
    private static readonly HashSet<string> s_de = new(StringComparer.OrdinalIgnoreCase)
        { "der", "die", "das", "und", "ist", "mit", "für", "von", "den", "zu", "im", "nicht", "ein", "eine", "auf", "auch", "dem", "sich", "werden", "wird" };

    public static string? ForNote(IReadOnlyList<string> tags, string text)
    {
        foreach (var tag in tags)
        {
            switch (tag.ToLowerInvariant())
            {
                case "english" or "anglais" or "en": return "en";
                case "francais" or "français" or "french" or "fr": return "fr";
                case "german" or "allemand" or "deutsch" or "de": return "de";
                default: break;
            }
        }
        return Guess(text, minimumHits: 3);
    }

    public static string? Guess(string text, int minimumHits)
    {
        int fr = 0, en = 0, de = 0;
        var span = text.AsSpan(0, Math.Min(text.Length, 4000));
        var start = -1;
        var lookup = s_fr.GetAlternateLookup<ReadOnlySpan<char>>();
        var lookupEn = s_en.GetAlternateLookup<ReadOnlySpan<char>>();
        var lookupDe = s_de.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var i = 0; i <= span.Length; i++)
        {
            var letter = i < span.Length && char.IsLetter(span[i]);
            if (letter) { if (start < 0) start = i; continue; }
            if (start < 0) continue;
            var word = span[start..i];
            start = -1;
            if (word.Length > 6) continue;
            if (lookup.Contains(word)) fr++;
            else if (lookupEn.Contains(word)) en++;
            else if (lookupDe.Contains(word)) de++;
        }
        var max = Math.Max(fr, Math.Max(en, de));
        if (max < minimumHits) return null;
        return max == fr ? "fr" : max == en ? "en" : "de";
    }
}
