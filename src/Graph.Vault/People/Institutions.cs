using System.Collections.Frozen;

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

    private static readonly CaselessWords s_frenchHeadsLookup = new(s_frenchHeads);
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_lowercaseHeadsLookup = s_lowercaseHeads.ToFrozenSet(s_lowercaseHeads.Comparer).GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_englishHeadsLookup = s_englishHeads.ToFrozenSet(s_englishHeads.Comparer).GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_particlesLookup = s_particles.ToFrozenSet(s_particles.Comparer).GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly CaselessWords s_adjectivesLookup = new(s_adjectives);
    private static readonly CaselessWords s_domainNounsLookup = new(s_domainNouns);

    /// <summary>Every institution name in <paramref name="text"/> with its character offset, left to right, not overlapping.</summary>
    public static IReadOnlyList<(string Name, int Offset)> FindAll(string text)
    {
        // Most texts hold no institution: they share one empty answer instead of a new list each.
        if (text.AsSpan().IndexOfAny(s_cues) < 0) return Array.Empty<(string, int)>();
        var found = new List<(int Line, int Start, int End)>();
        FindAll(text, [0], found);
        if (found.Count == 0) return Array.Empty<(string, int)>();
        var result = new (string, int)[found.Count];
        for (var i = 0; i < result.Length; i++) result[i] = (text[found[i].Start..found[i].End], found[i].Start);
        return result;
    }

    /// <summary>
    /// <see cref="FindAll(string)"/> for each line of <paramref name="text"/>, lines laid end to end with one character
    /// between them (<paramref name="lineStarts"/>: where each starts): adds to <paramref name="found"/> each name's line
    /// and range in <paramref name="text"/>, in text order. One cue search runs over the whole text (a search per short
    /// line cost more in its set-up than in its scan), and only the words around each cue are tokenised.
    /// </summary>
    public static void FindAll(ReadOnlySpan<char> text, ReadOnlySpan<int> lineStarts, List<(int Line, int Start, int End)> found)
    {
        // Tokens are spans of the text kept in a per-thread buffer: no string per word.
        var tokens = t_tokens ??= new List<Token>(64);
        var line = 0;
        var from = 0;
        while (from < text.Length)
        {
            var hit = text[from..].IndexOfAny(s_cues);
            if (hit < 0) return;
            var cue = from + hit;
            // No cue holds the character between two lines: each lies inside one line.
            while (line + 1 < lineStarts.Length && lineStarts[line + 1] <= cue) line++;
            var end = line + 1 < lineStarts.Length ? lineStarts[line + 1] - 1 : text.Length;
            from = MatchAt(text, lineStarts[line], end, cue, tokens, line, found);
        }
    }

    // Every head word holds a cue and every other word fails Match at once: only the word a cue falls in is tried, as
    // if the whole line had been tokenised. A cue is letters, and letters of two tokens never touch: a cue lies inside
    // one token. Returns where the search for the next cue goes on: past that token, or past the name it starts.
    private static int MatchAt(ReadOnlySpan<char> text, int lineStart, int lineEnd, int cue, List<Token> tokens, int line, List<(int Line, int Start, int End)> found)
    {
        // The word the cue is in, as the tokenizer makes it: a run of word characters from its first letter or digit (a
        // '-', '·' or '+' before it is a token of its own). Most are no head ("institutions", "service", a site's name):
        // Match would say no at once, so nothing around them is tokenised.
        var s = cue;
        while (s > lineStart && IsWordPart(text[s - 1])) s--;
        while (!char.IsLetterOrDigit(text[s])) s++;
        var e = cue;
        while (e < lineEnd && IsWordPart(text[e])) e++;
        if (!MayBeHead(text[s..e])) return e;

        // The tokenizer is in a known state at the line's start and just after a space (every space is read alone, as a
        // separator): tokenising from there gives the line's own tokens. Match looks at most four tokens back, so five
        // runs of non-space (each one token or more) before the cue's are enough.
        var r = s;
        // Only an English head looks back (and at its own SpaceBefore); the others read the words after it, whose tokens
        // are the same whatever state the tokenizer starts the head in.
        if (s_englishHeadsLookup.Contains(text[s..e]))
        {
            while (r > lineStart && !IsSpace(text[r - 1])) r--;
            for (var runs = 0; runs < 5 && r > lineStart; runs++)
            {
                while (r > lineStart && IsSpace(text[r - 1])) r--;
                while (r > lineStart && !IsSpace(text[r - 1])) r--;
            }
        }
        var i = Tokenize(text, r, lineEnd, cue, tokens);
        var last = Match(text, tokens, i, out var first);
        if (last < 0) return tokens[i].Start + tokens[i].Length;
        var to = tokens[last].Start + tokens[last].Length;
        found.Add((line, tokens[first].Start, to));
        return to;
    }

    [ThreadStatic] private static List<Token>? t_tokens;

    // Match reads at most ten tokens past the one it tries: the ones after are not made.
    private const int TokensAfter = 11;

    // Derived from the lists, so a shorter head added later still matches. (A German compound is longer than its suffix.)
    private static readonly int MinHeadLength = Math.Min(s_frenchHeads.Min(h => h.Length), s_englishHeads.Min(h => h.Length));

    private static bool IsWordPart(char c) => char.IsLetterOrDigit(c) || c is '-' or '·' or '+';

    // Whether Match could take the word for a head: false when it would fail before looking at any other word.
    private static bool MayBeHead(ReadOnlySpan<char> word) =>
        word.Length >= MinHeadLength
        && ((s_frenchHeadsLookup.Contains(word) && (char.IsUpper(word[0]) || s_lowercaseHeadsLookup.Contains(word)))
            || (char.IsUpper(word[0]) && EndsWithGermanSuffix(word))
            || s_englishHeadsLookup.Contains(word));

    private static int Match(ReadOnlySpan<char> text, List<Token> tokens, int i, out int start)
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

    private static int Extend(ReadOnlySpan<char> text, List<Token> tokens, int head, bool requireCapital)
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
        public ReadOnlySpan<char> Of(ReadOnlySpan<char> text) => text.Slice(Start, Length);
    }

    private static bool IsSpace(char c) => c is ' ' or '\u00A0' or '\t' or '\n';

    // Words of letters, digits, '-', '·', '+'; an elided article or preposition (l', d') is its own token glued to the next.
    // Tokenises text[from..end) (from: a line's start, just after a space, or a word's start when what comes before it
    // does not matter) up to TokensAfter tokens past the one that holds the character at cue; returns that token's index.
    private static int Tokenize(ReadOnlySpan<char> text, int from, int end, int cue, List<Token> tokens)
    {
        tokens.Clear();
        var cueToken = -1;
        var i = from;
        var space = true;
        while (i < end && (cueToken < 0 || tokens.Count <= cueToken + TokensAfter))
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                var s = i;
                while (i < end && (char.IsLetterOrDigit(text[i]) || text[i] is '-' or '·' or '+')) i++;
                if (i < end && text[i] is '\'' or '’' && i - s == 1 && text[s] is 'l' or 'L' or 'd' or 'D')
                {
                    tokens.Add(new Token(s, 2, space));
                    i++;
                    space = true;
                }
                else
                {
                    tokens.Add(new Token(s, i - s, space));
                    space = false;
                }
                if (cueToken < 0 && cue < i) cueToken = tokens.Count - 1;
                continue;
            }
            if (IsSpace(c)) { space = true; i++; continue; }
            // Punctuation ('&' included) is a token of its own, so it breaks a name.
            tokens.Add(new Token(i, 1, space));
            i++;
            space = false;
        }
        return cueToken;
    }

    /// <summary>
    /// Words compared as <see cref="StringComparer.OrdinalIgnoreCase"/> does, mostly without hashing: ignoring case, an
    /// ASCII character equals only itself in either case, so a word whose first and last characters are ASCII can only
    /// be one of the few words with the same ends and length. Other words go to a frozen set.
    /// </summary>
    private sealed class CaselessWords
    {
        private readonly string[]?[] _byEnds = new string[]?[26 * 26];
        private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _all;

        public CaselessWords(HashSet<string> words)
        {
            foreach (var w in words)
                if (w.Length > 0 && char.IsAsciiLetter(w[0]) && char.IsAsciiLetter(w[^1]))
                    _byEnds[Index(w[0], w[^1])] = [.. _byEnds[Index(w[0], w[^1])] ?? [], w];
            _all = words.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        }

        private static int Index(char first, char last) => ((first & ~0x20) - 'A') * 26 + (last & ~0x20) - 'A';

        public bool Contains(ReadOnlySpan<char> word)
        {
            if (word.IsEmpty) return false;
            var (first, last) = (word[0], word[^1]);
            if (!char.IsAscii(first) || !char.IsAscii(last)) return _all.Contains(word);
            if (!char.IsAsciiLetter(first) || !char.IsAsciiLetter(last) || _byEnds[Index(first, last)] is not { } candidates) return false;
            foreach (var c in candidates)
                if (c.Length == word.Length && word.Equals(c, StringComparison.OrdinalIgnoreCase)) return true;
            return false;
        }
    }
}
