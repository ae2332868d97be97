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

    private static readonly System.Buffers.SearchValues<char> s_shortTextSeparators = System.Buffers.SearchValues.Create(" ,&/()-\u00A0");
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_frWordsLookup = s_frWords.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_enWordsLookup = s_enWords.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_deWordsLookup = s_deWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// The language of a job title or a short quotation: the one whose words alone occur in it (<c>Head of Digital</c> →
    /// en, <c>Responsable Education et médiation</c> → fr), a confident guess for longer text, else <paramref name="fallback"/>.
    /// </summary>
    public static string? OfShortText(string text, string? fallback)
    {
        int fr = 0, en = 0, de = 0;
        // The words between separators, read in place (this runs for every role and quotation).
        var rest = text.AsSpan();
        while (rest.Length > 0)
        {
            var cut = rest.IndexOfAny(s_shortTextSeparators);
            var raw = cut < 0 ? rest : rest[..cut];
            rest = cut < 0 ? default : rest[(cut + 1)..];
            if (raw.IsEmpty) continue;
            var w = raw.Trim(".:;");
            if (w.StartsWith("l'", StringComparison.OrdinalIgnoreCase) || w.StartsWith("d'", StringComparison.OrdinalIgnoreCase)
                || w.StartsWith("l’", StringComparison.OrdinalIgnoreCase) || w.StartsWith("d’", StringComparison.OrdinalIgnoreCase)) { fr++; continue; }
            bool f = s_frLookup.Contains(w) || s_frWordsLookup.Contains(w), e = s_enLookup.Contains(w) || s_enWordsLookup.Contains(w),
                g = s_deLookup.Contains(w) || s_deWordsLookup.Contains(w);
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
        // One pass: an ASCII word's key is packed while its letters are read; a word with another letter is looked up
        // by FunctionWord when it ends.
        ulong key = 0;
        int start = 0, length = 0;
        var ascii = true;
        for (var i = 0; i <= span.Length; i++)
        {
            if (i < span.Length)
            {
                var c = span[i];
                if (c < 128 ? (uint)((c | 0x20) - 'a') <= 'z' - 'a' : char.IsLetter(c))
                {
                    if (length == 0) start = i;
                    if (c >= 128) ascii = false;
                    key = (key << 8) | (uint)(c | 0x20);
                    length++;
                    continue;
                }
            }
            if (length == 0) continue;
            if (length <= 6 && length >= s_shortestFunctionWord)
            {
                var language = ascii ? Lookup(key) : FunctionWord(span.Slice(start, length));
                if (language == 1) fr++;
                else if (language == 2) en++;
                else if (language == 3) de++;
            }
            key = 0;
            length = 0;
            ascii = true;
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

    // 1 French, 2 English, 3 German, 0 none, as the three sets answer in that order. An ASCII word (nearly all) is its
    // lower-case letters packed in a number, looked up in a small open-addressed table, instead of three
    // case-insensitive string hashes.
    private static int FunctionWord(ReadOnlySpan<char> word)
    {
        ulong key = 0;
        foreach (var c in word)
        {
            if (c >= 128)
            {
                // Case-insensitively, a non-ASCII letter can equal a letter of a function word only if its capital is
                // ASCII or Ü (für): other words ("été", "déjà") are none.
                var upper = char.ToUpperInvariant(c);
                if (upper >= 128 && upper != 'Ü') return 0;
                return s_frLookup.Contains(word) ? 1 : s_enLookup.Contains(word) ? 2 : s_deLookup.Contains(word) ? 3 : 0;
            }
            key = (key << 8) | (uint)(c | 0x20);
        }
        return Lookup(key);
    }

    private static int Lookup(ulong key)
    {
        for (var slot = Slot(key); ; slot = (slot + 1) & (s_keys.Length - 1))
        {
            if (s_keys[slot] == key) return s_languages[slot];
            if (s_keys[slot] == 0) return 0;
        }
    }

    // A word of at most six letters, one byte each, is its own key (no letter is 0, so no key of a word is 0, the empty slot).
    private static ulong KeyOf(string word)
    {
        ulong key = 0;
        foreach (var c in word) key = (key << 8) | c;
        return key;
    }

    private static int Slot(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> 56);

    private static readonly (ulong[] Keys, byte[] Languages) s_table = BuildTable();
    private static readonly ulong[] s_keys = s_table.Keys;
    private static readonly byte[] s_languages = s_table.Languages;

    private static (ulong[], byte[]) BuildTable()
    {
        var keys = new ulong[256];
        var languages = new byte[256];
        byte language = 0;
        foreach (var set in (HashSet<string>[])[s_fr, s_en, s_de])
        {
            language++;
            foreach (var word in set)
            {
                // Non-ASCII words (für) are looked up in their set; a word of an earlier set keeps its language.
                if (!System.Text.Ascii.IsValid(word) || word.Length > 6) continue;
                var key = KeyOf(word.ToLowerInvariant());
                var slot = Slot(key);
                while (keys[slot] != 0 && keys[slot] != key) slot = (slot + 1) & 255;
                if (keys[slot] == key) continue;
                keys[slot] = key;
                languages[slot] = language;
            }
        }
        return (keys, languages);
    }
}
