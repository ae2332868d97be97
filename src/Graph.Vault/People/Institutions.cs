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

    // Lines without any of these cannot hold an institution name: most lines are skipped without tokenising. Each head
    // (and each German suffix) holds one of them, in any case; they are ASCII (the ASCII part of an accented head: "mus"
    // for musée and muséum, "cole" for école, "math" for cinémathèque…), which keeps the search on SearchValues'
    // vectorised ASCII path, and chosen so that their first three letters are rare in prose ("rvice", not "service";
    // "nstitu", not "institut"): the search tests every place where those three letters could start a cue. A cue only
    // filters: a line it lets through is still matched word by word below.
    private static readonly System.Buffers.SearchValues<string> s_cues = System.Buffers.SearchValues.Create(
        ["mus", "nstitu", "hiv", "bibl", "iath", "nivers", "cole", "ndation", "ffice", "rvice", "centre", "center", "ssoc",
         "rvatoi", "galer", "galle", "math", "ison", "haut", "acad", "seau", "ibrar", "lege", "uncil", "rust", "iety", "ftung",
         "hschul", "mmlung"],
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

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_frenchHeadsLookup = s_frenchHeads.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_lowercaseHeadsLookup = s_lowercaseHeads.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_englishHeadsLookup = s_englishHeads.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_particlesLookup = s_particles.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_adjectivesLookup = s_adjectives.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_domainNounsLookup = s_domainNouns.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Every institution name in <paramref name="text"/> with its character offset, left to right, not overlapping.</summary>
    public static IReadOnlyList<(string Name, int Offset)> FindAll(string text)
    {
        // Most lines hold no institution: they share one empty answer instead of a new list each.
        var first = text.AsSpan().IndexOfAny(s_cues);
        return first < 0 ? Array.Empty<(string, int)>() : FindFrom(text, first);
    }

    /// <summary>
    /// For each text, whether it holds a cue (<see cref="FindAll"/> answers nothing for the others). One search over the
    /// texts laid end to end: a search per short line cost more in its set-up than in its scan.
    /// </summary>
    public static void MarkCued(ReadOnlySpan<string> texts, Span<bool> cued)
    {
        var count = texts.Length;
        var length = 0;
        for (var i = 0; i < count; i++) length += texts[i].Length + 1;
        var buffer = System.Buffers.ArrayPool<char>.Shared.Rent(length);
        var ends = System.Buffers.ArrayPool<int>.Shared.Rent(count);
        var at = 0;
        for (var i = 0; i < count; i++)
        {
            var t = texts[i];
            t.CopyTo(buffer.AsSpan(at));
            at += t.Length;
            // No cue holds a line break: none is found across two texts.
            buffer[at++] = '\n';
            ends[i] = at;
        }
        var line = 0;
        var from = 0;
        while (from < length)
        {
            var hit = buffer.AsSpan(from, length - from).IndexOfAny(s_cues);
            if (hit < 0) break;
            hit += from;
            while (ends[line] <= hit) line++;
            cued[line] = true;
            from = ends[line];
        }
        System.Buffers.ArrayPool<int>.Shared.Return(ends);
        System.Buffers.ArrayPool<char>.Shared.Return(buffer);
    }

    /// <summary><see cref="FindAll"/> for a text <see cref="MarkCued"/> marked.</summary>
    public static IReadOnlyList<(string Name, int Offset)> FindCued(string text) => FindFrom(text, text.AsSpan().IndexOfAny(s_cues));

    // Every head word holds a cue and every other word fails Match at once: only the words a cue falls in are tried.
    // firstCue: the offset of the text's first cue.
    private static IReadOnlyList<(string Name, int Offset)> FindFrom(string text, int firstCue)
    {
        List<(string, int)>? result = null;
        // Tokens are spans of the text kept in a per-thread buffer: no string per word.
        var tokens = t_tokens ??= new List<Token>(64);
        Tokenize(text, tokens);
        var cue = firstCue;
        for (var i = 0; i < tokens.Count && cue >= 0; i++)
        {
            var token = tokens[i];
            // A cue is letters, and letters of two tokens never touch: a cue lies inside one token.
            if (cue < token.Start)
            {
                cue = text.AsSpan(token.Start).IndexOfAny(s_cues);
                if (cue < 0) break;
                cue += token.Start;
            }
            if (cue >= token.Start + token.Length) continue;
            var end = Match(text, tokens, i, out var start);
            if (end < 0) continue;
            var from = tokens[start].Start;
            var to = tokens[end].Start + tokens[end].Length;
            (result ??= []).Add((text[from..to], from));
            i = end;
        }
        return (IReadOnlyList<(string, int)>?)result ?? Array.Empty<(string, int)>();
    }

    [ThreadStatic] private static List<Token>? t_tokens;

    // Derived from the lists, so a shorter head added later still matches. (A German compound is longer than its suffix.)
    private static readonly int MinHeadLength = Math.Min(s_frenchHeads.Min(h => h.Length), s_englishHeads.Min(h => h.Length));

    private static int Match(string text, List<Token> tokens, int i, out int start)
    {
        start = i;
        var word = tokens[i].Of(text);
        // Every head noun has five letters or more ("musée", "Trust"), a German compound more: most words stop here.
        if (word.Length < MinHeadLength) return -1;
        if (s_frenchHeadsLookup.Contains(word) && (char.IsUpper(word[0]) || s_lowercaseHeadsLookup.Contains(word)))
        {
            var end = Extend(text, tokens, i, requireCapital: !char.IsUpper(word[0]));
            if (end > i) return end;
        }
        if (char.IsUpper(word[0]) && EndsWithGermanSuffix(word))
        {
            var end = i;
            while (end + 1 < tokens.Count && end - i < 2 && tokens[end + 1].SpaceBefore && IsCapitalised(tokens[end + 1].Of(text)) && !s_englishHeadsLookup.Contains(tokens[end + 1].Of(text))) end++;
            if (end > i) return end;
        }
        if (s_englishHeadsLookup.Contains(word))
        {
            // Capitalised words before the head ("Leicester University"), or "of X" after it ("University of Leicester").
            var first = i;
            while (first - 1 >= 0 && i - first < 4 && tokens[first].SpaceBefore && IsCapitalised(tokens[first - 1].Of(text)) && !s_frenchHeadsLookup.Contains(tokens[first - 1].Of(text))) first--;
            var end = i;
            if (i + 2 < tokens.Count && tokens[i + 1].Of(text) is "of" or "für" && tokens[i + 1].SpaceBefore)
            {
                var j = i + 2;
                if (tokens[j].Of(text) is "the" && j + 1 < tokens.Count) j++;
                while (j < tokens.Count && tokens[j].SpaceBefore && IsCapitalised(tokens[j].Of(text)) && j - i < 6) { end = j; j++; }
            }
            if (first < i || end > i) { start = first; return end; }
        }
        return -1;
    }

    private static bool EndsWithGermanSuffix(ReadOnlySpan<char> word)
    {
        foreach (var s in s_germanSuffixes)
            if (word.Length > s.Length + 2 && word.EndsWith(s, StringComparison.Ordinal)) return true;
        return false;
    }

    private static int Extend(string text, List<Token> tokens, int head, bool requireCapital)
    {
        var end = head;
        var capital = false;
        var j = head + 1;
        while (j < tokens.Count && j - head <= 8 && tokens[j].SpaceBefore)
        {
            var t = tokens[j].Of(text);
            if (s_particlesLookup.Contains(t))
            {
                // "le musée X et l'Institut Y" is two names: a particle never leads to another head noun.
                if ((j + 1 < tokens.Count && s_frenchHeadsLookup.Contains(tokens[j + 1].Of(text)) && char.IsUpper(tokens[j + 1].Of(text)[0]))
                    || (j + 2 < tokens.Count && s_particlesLookup.Contains(tokens[j + 1].Of(text)) && s_frenchHeadsLookup.Contains(tokens[j + 2].Of(text)))) break;
                // A particle counts only when a name word follows it.
                if (j + 1 < tokens.Count && tokens[j + 1].SpaceBefore && (IsCapitalised(tokens[j + 1].Of(text)) || s_domainNounsLookup.Contains(tokens[j + 1].Of(text))
                    || (s_particlesLookup.Contains(tokens[j + 1].Of(text)) && j + 2 < tokens.Count && (IsCapitalised(tokens[j + 2].Of(text)) || s_domainNounsLookup.Contains(tokens[j + 2].Of(text))))))
                { j++; continue; }
                break;
            }
            if (IsCapitalised(t)) { capital = true; end = j; j++; continue; }
            if (s_adjectivesLookup.Contains(t) || (s_domainNounsLookup.Contains(t) && s_particlesLookup.Contains(tokens[j - 1].Of(text)))) { end = j; j++; continue; }
            break;
        }
        return requireCapital && !capital ? -1 : end;
    }

    private static bool IsCapitalised(ReadOnlySpan<char> word) => word.Length > 0 && char.IsUpper(word[0]);

    private readonly record struct Token(int Start, int Length, bool SpaceBefore)
    {
        public ReadOnlySpan<char> Of(string text) => text.AsSpan(Start, Length);
    }

    // Words of letters, digits, '-', '·', '+'; an elided article or preposition (l', d') is its own token glued to the next.
    private static void Tokenize(string text, List<Token> tokens)
    {
        tokens.Clear();
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
                    tokens.Add(new Token(s, 2, space));
                    i++;
                    space = true;
                    continue;
                }
                tokens.Add(new Token(s, i - s, space));
                space = false;
                continue;
            }
            if (c is ' ' or '\u00A0' or '\t' or '\n') { space = true; i++; continue; }
            // Punctuation ('&' included) is a token of its own, so it breaks a name.
            tokens.Add(new Token(i, 1, space));
            i++;
            space = false;
        }
    }
}
