namespace Graph.Vault.Extraction;

/// <summary>
/// Guesses a text's language among French, English and German: first from tags that name a language (<c>english</c>,
/// <c>anglais</c>, <c>francais</c>…) or the front matter's <c>lang</c>, else by counting each language's most frequent
/// function words that the others lack, answering only when one language clearly leads; short texts (job titles) are
/// judged by words of their own and otherwise take the note's language.
/// </summary>
internal static class LanguageGuesser
{
    private static readonly HashSet<string> s_fr = new(StringComparer.OrdinalIgnoreCase)
        { "le", "la", "les", "des", "du", "et", "est", "une", "pour", "dans", "que", "qui", "sur", "au", "aux", "avec", "ne", "pas", "par", "ce", "sont", "leur", "ou", "son", "ses" };
    private static readonly HashSet<string> s_en = new(StringComparer.OrdinalIgnoreCase)
        { "the", "and", "of", "to", "is", "for", "with", "that", "on", "are", "by", "this", "as", "from", "be", "it", "their", "can", "have", "or" };
    private static readonly HashSet<string> s_de = new(StringComparer.OrdinalIgnoreCase)
        { "der", "die", "das", "und", "ist", "mit", "für", "von", "den", "zu", "im", "nicht", "ein", "eine", "auf", "auch", "dem", "sich", "werden", "wird" };

    // Words of job titles and short phrases, where function words are too few to count on.
    private static readonly HashSet<string> s_frWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "directeur", "directrice", "responsable", "conservateur", "conservatrice", "chargé", "chargée", "cheffe", "chef", "adjoint",
        "adjointe", "médiateur", "médiatrice", "fondateur", "fondatrice", "présidente", "président", "délégué", "déléguée",
        "professeur", "professeure", "chercheur", "chercheuse", "historien", "historienne", "conseiller", "conseillère", "projet",
        "musée", "numérique", "médiation", "collections", "publics", "développement", "associé", "indépendant", "indépendante",
        "journaliste", "avocate", "avocat", "dirigeante", "dirigeant", "ancien", "ancienne", "à", "l'", "d'", "au", "en", "un",
    };
    private static readonly HashSet<string> s_enWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "head", "director", "manager", "curator", "officer", "chief", "senior", "lead", "founder", "producer", "researcher",
        "professor", "assistant", "associate", "digital", "museum", "education", "learning", "engagement", "collections",
        "development", "partner", "consultant", "president", "editor", "writer", "developer", "designer", "strategist", "an", "a",
    };
    private static readonly HashSet<string> s_deWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "leiter", "leiterin", "direktor", "direktorin", "kurator", "kuratorin", "gründer", "gründerin", "mitarbeiter",
        "mitarbeiterin", "wissenschaftlicher", "wissenschaftliche", "vermittlung", "museums", "bildung", "abteilung", "geschäftsführer",
    };

    /// <summary>
    /// The language of a job title or a short quotation: the one whose words alone occur in it (<c>Head of Digital</c> →
    /// en, <c>Responsable Education et médiation</c> → fr), a confident guess for longer text, else <paramref name="fallback"/>.
    /// </summary>
    public static string? OfShortText(string text, string? fallback)
    {
        int fr = 0, en = 0, de = 0;
        foreach (var raw in text.Split([' ', ',', '&', '/', '(', ')', '-', '\u00A0'], StringSplitOptions.RemoveEmptyEntries))
        {
            var w = raw.Trim('.', ':', ';');
            if (w.StartsWith("l'", StringComparison.OrdinalIgnoreCase) || w.StartsWith("d'", StringComparison.OrdinalIgnoreCase)
                || w.StartsWith("l’", StringComparison.OrdinalIgnoreCase) || w.StartsWith("d’", StringComparison.OrdinalIgnoreCase)) { fr++; continue; }
            bool f = s_fr.Contains(w) || s_frWords.Contains(w), e = s_en.Contains(w) || s_enWords.Contains(w), g = s_de.Contains(w) || s_deWords.Contains(w);
            // A word both languages share (collections, development, museum/musée aside) tells nothing.
            if (f && !e && !g) fr++;
            else if (e && !f && !g) en++;
            else if (g && !f && !e) de++;
        }
        var max = Math.Max(fr, Math.Max(en, de));
        var winners = (fr == max ? 1 : 0) + (en == max ? 1 : 0) + (de == max ? 1 : 0);
        if (max == 0 || winners > 1) return fallback;
        var second = fr + en + de - max - Math.Min(fr, Math.Min(en, de));
        return max >= 2 * second + 1 ? (max == fr ? "fr" : max == en ? "en" : "de") : fallback;
    }

    /// <summary>A note's language: a tag naming one, else the front matter's <c>lang</c> / <c>language</c>, else a confident guess from the text.</summary>
    public static string? ForNote(IReadOnlyList<string> tags, IReadOnlyList<KeyValuePair<string, string>> fields, string text)
    {
        if (FromTags(tags) is { } tagged) return tagged;
        foreach (var (key, value) in fields)
            if (key.Equals("lang", StringComparison.OrdinalIgnoreCase) || key.Equals("language", StringComparison.OrdinalIgnoreCase)
                || key.Equals("locale", StringComparison.OrdinalIgnoreCase))
                if (Primary(value) is { } declared) return declared;
        return Guess(text, minimumHits: 3);
    }

    // "fr", "fr-CH", "en_GB", "French", "français" → the primary subtag.
    private static string? Primary(string value)
    {
        var v = value.Trim().ToLowerInvariant();
        if (FromTags([v]) is { } named) return named;
        var cut = v.IndexOfAny(['-', '_']);
        var primary = cut > 0 ? v[..cut] : v;
        return primary.Length is 2 or 3 && primary.All(char.IsAsciiLetterLower) ? primary : null;
    }

    private static string? FromTags(IReadOnlyList<string> tags)
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
        return null;
    }

    // No function word has one letter ("à" and "a" are not counted): single letters skip the three lookups.
    private static readonly int s_shortestFunctionWord = Math.Min(s_fr.Min(w => w.Length), Math.Min(s_en.Min(w => w.Length), s_de.Min(w => w.Length)));

    public static string? Guess(string text, int minimumHits)
    {
        int fr = 0, en = 0, de = 0;
        var span = text.AsSpan(0, Math.Min(text.Length, 4000));
        var start = -1;
        for (var i = 0; i <= span.Length; i++)
        {
            var letter = i < span.Length && char.IsLetter(span[i]);
            if (letter) { if (start < 0) start = i; continue; }
            if (start < 0) continue;
            var word = span[start..i];
            start = -1;
            if (word.Length > 6 || word.Length < s_shortestFunctionWord) continue;
            switch (FunctionWord(word))
            {
                case 1: fr++; break;
                case 2: en++; break;
                case 3: de++; break;
                default: break;
            }
        }
        var max = Math.Max(fr, Math.Max(en, de));
        if (max < minimumHits) return null;
        // Confident only with a clear lead: a French text quoting an English title must not flip, a tie tells nothing.
        var second = fr + en + de - max - Math.Min(fr, Math.Min(en, de));
        if (max < 2 * second) return null;
        return max == fr ? "fr" : max == en ? "en" : "de";
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_frLookup = s_fr.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_enLookup = s_en.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_deLookup = s_de.GetAlternateLookup<ReadOnlySpan<char>>();

    // 1 French, 2 English, 3 German, 0 none, as the three sets answer in that order. An ASCII word (nearly all) is
    // lower-cased on the stack and matched by a switch the compiler builds, instead of three case-insensitive hashes.
    private static int FunctionWord(ReadOnlySpan<char> word)
    {
        Span<char> lower = stackalloc char[6];
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            if (!char.IsAscii(c))
            {
                // Case-insensitively, a non-ASCII letter can equal a letter of a function word only if its capital is
                // ASCII or Ü (für): other words ("été", "déjà") are none.
                var upper = char.ToUpperInvariant(c);
                if (upper >= 128 && upper != 'Ü') return 0;
                return s_frLookup.Contains(word) ? 1 : s_enLookup.Contains(word) ? 2 : s_deLookup.Contains(word) ? 3 : 0;
            }
            lower[i] = (char)(c | 0x20);
        }
        return lower[..word.Length] switch
        {
            "le" or "la" or "les" or "des" or "du" or "et" or "est" or "une" or "pour" or "dans" or "que" or "qui" or "sur" or "au"
                or "aux" or "avec" or "ne" or "pas" or "par" or "ce" or "sont" or "leur" or "ou" or "son" or "ses" => 1,
            "the" or "and" or "of" or "to" or "is" or "for" or "with" or "that" or "on" or "are" or "by" or "this" or "as" or "from"
                or "be" or "it" or "their" or "can" or "have" or "or" => 2,
            "der" or "die" or "das" or "und" or "ist" or "mit" or "von" or "den" or "zu" or "im" or "nicht" or "ein" or "eine"
                or "auf" or "auch" or "dem" or "sich" or "werden" or "wird" => 3,
            _ => 0,
        };
    }
}
