namespace Graph.Vault.People;

/// <summary>
/// Recognises heritage institution names in running text by their shape, in French, English and German:
/// a head noun (Musée, Institut, Archives, Université…) followed by capitalised words, known adjectives and particles
/// ("l'Institut national du patrimoine", "le musée Alfred Danicourt de Péronne", "les Archives nationales");
/// capitalised words before an English head ("Leicester University", "Science Museum"), "University of X";
/// German compounds ("Kunstmuseum Basel", "Landesmuseum Zürich").
/// </summary>
internal static class Institutions
{
    private static readonly HashSet<string> s_frenchHeads = new(StringComparer.OrdinalIgnoreCase)
    {
        "musée", "musées", "muséum", "institut", "archives", "bibliothèque", "médiathèque", "université", "école", "ecole", "fondation",
        "office", "service", "centre", "association", "conservatoire", "galerie", "cinémathèque", "maison", "haute", "académie", "réseau",
    };
    private static readonly HashSet<string> s_lowercaseHeads = new(StringComparer.Ordinal) { "musée", "musées", "muséum", "institut", "université", "bibliothèque", "fondation" };
    private static readonly HashSet<string> s_englishHeads = new(StringComparer.Ordinal)
        { "University", "Museum", "Museums", "Gallery", "Library", "Institute", "Foundation", "Archives", "College", "Council", "Trust", "Society", "Centre", "Center" };
    private static readonly string[] s_germanSuffixes = ["museum", "bibliothek", "archiv", "galerie", "institut", "stiftung", "universität", "hochschule", "sammlung"];
    private static readonly HashSet<string> s_particles = new(StringComparer.Ordinal)
        { "de", "du", "des", "d'", "d’", "D'", "D’", "la", "l'", "l’", "L'", "L’", "of", "the", "for", "für", "der", "die", "et", "and", "&" };

    // Lines without any of these cannot hold an institution name: most lines are skipped without tokenising.
    private static readonly System.Buffers.SearchValues<string> s_cues = System.Buffers.SearchValues.Create(
        ["musée", "muséum", "museum", "institut", "archiv", "biblioth", "médiathèque", "universit", "école", "ecole", "fondation", "office",
         "service", "centre", "center", "association", "conservatoire", "galerie", "gallery", "cinémathèque", "maison", "haute", "académie",
         "réseau", "library", "foundation", "college", "council", "trust", "society", "stiftung", "hochschule", "sammlung"],
        StringComparison.OrdinalIgnoreCase);
    private static readonly HashSet<string> s_adjectives = new(StringComparer.OrdinalIgnoreCase)
    {
        "national", "nationale", "nationaux", "nationales", "cantonal", "cantonale", "cantonaux", "fédéral", "fédérale", "départemental",
        "départementale", "municipal", "municipale", "communal", "communale", "régional", "régionale", "royal", "royale", "suisse",
        "suisses", "français", "française", "européen", "européenne", "international", "internationale", "historique", "archéologique",
        "romain", "romaine", "religieux", "religieuse", "contemporain", "contemporaine", "moderne", "ethnographique", "universitaire",
        "supérieure", "polytechnique", "fédérale", "cantonal", "scientifique", "numérique",
    };
    private static readonly HashSet<string> s_domainNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "patrimoine", "art", "arts", "histoire", "sciences", "beaux-arts", "lettres", "design", "photographie", "culture", "main",
        "géologie", "musées", "archéologie", "ethnographie", "gestion", "ingénierie", "canton", "ville", "nature", "musique", "cinéma",
    };

    /// <summary>Every institution name in <paramref name="text"/> with its character offset, left to right, not overlapping.</summary>
    public static List<(string Name, int Offset)> FindAll(string text)
    {
        if (!text.AsSpan().ContainsAny(s_cues)) return [];
        var result = new List<(string, int)>();
        var tokens = Tokenize(text);
        for (var i = 0; i < tokens.Count; i++)
        {
            var end = Match(tokens, i, out var start);
            if (end < 0) continue;
            var from = tokens[start].Start;
            var to = tokens[end].Start + tokens[end].Length;
            result.Add((text[from..to], from));
            i = end;
        }
        return result;
    }

    private static int Match(List<Token> tokens, int i, out int start)
    {
        start = i;
        var word = tokens[i].Text;
        if (s_frenchHeads.Contains(word) && (char.IsUpper(word[0]) || s_lowercaseHeads.Contains(word)))
        {
            var end = Extend(tokens, i, requireCapital: !char.IsUpper(word[0]));
            if (end > i) return end;
        }
        if (char.IsUpper(word[0]) && s_germanSuffixes.Any(s => word.Length > s.Length + 2 && word.EndsWith(s, StringComparison.Ordinal)))
        {
            var end = i;
            while (end + 1 < tokens.Count && end - i < 2 && tokens[end + 1].SpaceBefore && IsCapitalised(tokens[end + 1].Text) && !s_englishHeads.Contains(tokens[end + 1].Text)) end++;
            if (end > i) return end;
        }
        if (s_englishHeads.Contains(word))
        {
            // Capitalised words before the head ("Leicester University"), or "of X" after it ("University of Leicester").
            var first = i;
            while (first - 1 >= 0 && i - first < 4 && tokens[first].SpaceBefore && IsCapitalised(tokens[first - 1].Text) && !s_frenchHeads.Contains(tokens[first - 1].Text)) first--;
            var end = i;
            if (i + 2 < tokens.Count && tokens[i + 1].Text is "of" or "für" && tokens[i + 1].SpaceBefore)
            {
                var j = i + 2;
                if (tokens[j].Text == "the" && j + 1 < tokens.Count) j++;
                while (j < tokens.Count && tokens[j].SpaceBefore && IsCapitalised(tokens[j].Text) && j - i < 6) { end = j; j++; }
            }
            if (first < i || end > i) { start = first; return end; }
        }
        return -1;
    }

    private static int Extend(List<Token> tokens, int head, bool requireCapital)
    {
        var end = head;
        var capital = false;
        var j = head + 1;
        while (j < tokens.Count && j - head <= 8 && tokens[j].SpaceBefore)
        {
            var t = tokens[j].Text;
            if (s_particles.Contains(t))
            {
                // "le musée X et l'Institut Y" is two names: a particle never leads to another head noun.
                if ((j + 1 < tokens.Count && s_frenchHeads.Contains(tokens[j + 1].Text) && char.IsUpper(tokens[j + 1].Text[0]))
                    || (j + 2 < tokens.Count && s_particles.Contains(tokens[j + 1].Text) && s_frenchHeads.Contains(tokens[j + 2].Text))) break;
                // A particle counts only when a name word follows it.
                if (j + 1 < tokens.Count && tokens[j + 1].SpaceBefore && (IsCapitalised(tokens[j + 1].Text) || s_domainNouns.Contains(tokens[j + 1].Text)
                    || (s_particles.Contains(tokens[j + 1].Text) && j + 2 < tokens.Count && (IsCapitalised(tokens[j + 2].Text) || s_domainNouns.Contains(tokens[j + 2].Text)))))
                { j++; continue; }
                break;
            }
            if (IsCapitalised(t)) { capital = true; end = j; j++; continue; }
            if (s_adjectives.Contains(t) || (s_domainNouns.Contains(t) && s_particles.Contains(tokens[j - 1].Text))) { end = j; j++; continue; }
            break;
        }
        return requireCapital && !capital ? -1 : end;
    }

    private static bool IsCapitalised(string word) => word.Length > 0 && char.IsUpper(word[0]);

    private readonly record struct Token(string Text, int Start, int Length, bool SpaceBefore);

    // Words of letters, digits, '-', '·', '+'; an elided article or preposition (l', d') is its own token glued to the next.
    private static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        var i = 0;
        var space = true;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                var s = i;
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] is '-' or '·' or '+')) i++;
                if (i < text.Length && text[i] is '\'' or '’' && i - s == 1 && text[s] is 'l' or 'L' or 'd' or 'D')
                {
                    tokens.Add(new Token(text.Substring(s, 2), s, 2, space));
                    i++;
                    space = true;
                    continue;
                }
                // Only capitalised words, heads and short function words are ever compared: other words need no string.
                var word = text.AsSpan(s, i - s);
                var keep = char.IsUpper(word[0]) || word.Length <= 4 || s_frenchHeads.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word)
                    || s_adjectives.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word) || s_domainNouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
                tokens.Add(new Token(keep ? word.ToString() : "~", s, i - s, space));
                space = false;
                continue;
            }
            if (c is ' ' or '\u00A0' or '\t' or '\n') { space = true; i++; continue; }
            if (c == '&') { tokens.Add(new Token("&", i, 1, space)); i++; space = false; continue; }
            // Punctuation is a token of its own, so it breaks a name.
            tokens.Add(new Token(c.ToString(), i, 1, space));
            i++;
            space = false;
        }
        return tokens;
    }
}
