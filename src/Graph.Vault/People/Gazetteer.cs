namespace Graph.Vault.People;

/// <summary>
/// Every person and organisation name the vault uses (speaker lines, attributions, CSV tables, options), matched in
/// running text word by word: names are indexed by their first word, the longest match wins. Case-sensitive, so
/// "Transverse" the agency is not found in "transverse".
/// </summary>
internal sealed class Gazetteer
{
    private readonly Dictionary<string, List<(string[] Words, string Name, bool IsPerson)>> _byFirstWord = new(StringComparer.Ordinal);

    // A bit per (first character, last character, length) of the first words, hashed: most capitalised words of the
    // prose are no name's first word, and this says so without hashing the word.
    private readonly ulong[] _firstWordBits = new ulong[1024];

    private static int Bit(ReadOnlySpan<char> word) => (word[0] * 961 + word[^1] * 31 + word.Length) & 0xFFFF;

    public int Count { get; private set; }

    public void Add(string name, bool isPerson)
    {
        var words = Split(name);
        if (words.Length == 0) return;
        // Single short words and single all-lower words are too ambiguous in prose.
        if (words.Length == 1 && (words[0].Length < 4 || !char.IsUpper(words[0][0]))) return;
        if (!_byFirstWord.TryGetValue(words[0], out var list))
        {
            _byFirstWord[words[0]] = list = [];
            _firstWordBits[Bit(words[0]) >> 6] |= 1UL << Bit(words[0]);
        }
        if (list.Any(e => e.Name == name)) return;
        list.Add((words, name, isPerson));
        list.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
        Count++;
    }

    /// <summary>True when both hold the same names, kinds and match order, so that <see cref="FindAll(string)"/> answers alike.</summary>
    public bool SameAs(Gazetteer other)
    {
        if (Count != other.Count || _byFirstWord.Count != other._byFirstWord.Count) return false;
        foreach (var (word, list) in _byFirstWord)
        {
            if (!other._byFirstWord.TryGetValue(word, out var theirs) || theirs.Count != list.Count) return false;
            for (var i = 0; i < list.Count; i++)
                if (list[i].Name != theirs[i].Name || list[i].IsPerson != theirs[i].IsPerson) return false;
        }
        return true;
    }

    /// <summary>Every known name in <paramref name="text"/>, with its offset and kind, left to right, not overlapping.</summary>
    public IReadOnlyList<(string Name, int Offset, bool IsPerson)> FindAll(string text)
    {
        // Most texts name no one: they share one empty answer instead of a new list each.
        if (_byFirstWord.Count == 0) return Array.Empty<(string, int, bool)>();
        var result = new List<(string, int, bool)>();
        FindAll(text, result);
        return result.Count == 0 ? Array.Empty<(string, int, bool)>() : result;
    }

    /// <summary><see cref="FindAll(string)"/> over a span, adding to <paramref name="result"/>.</summary>
    public void FindAll(ReadOnlySpan<char> span, List<(string Name, int Offset, bool IsPerson)> result)
    {
        if (_byFirstWord.Count == 0) return;
        var lookup = _byFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();
        // Words are runs of letters, digits and '-', '·', '+', '/' that start with a letter or digit; only those starting
        // with a capital or a digit are looked up. The search jumps from one possible start to the next (an ASCII capital,
        // a digit, any non-ASCII character): lower-case text and punctuation are passed over without reading each word.
        var at = 0;
        while (at < span.Length)
        {
            var next = span[at..].IndexOfAnyExcept(s_passOver);
            if (next < 0) break;
            var p = at + next;
            var c = span[p];
            // A '·' may come before a word of its run: only a letter or a digit is sure to be inside one.
            if (!char.IsLetterOrDigit(c)) { at = p + 1; continue; }
            // The run of word characters p is in holds one word, from its first letter or digit to its end.
            var e = p + 1;
            while (e < span.Length && IsWordChar(span[e])) e++;
            at = e;
            // Not a capital or a digit (an accented letter, mostly): whether its word starts here or before, it is not looked up.
            if (!(char.IsUpper(c) || char.IsDigit(c))) continue;
            var s = p;
            while (s > 0 && IsWordChar(span[s - 1])) s--;
            while (s < p && !char.IsLetterOrDigit(span[s])) s++;
            if (s != p) continue;
            var bit = Bit(span[s..e]);
            if ((_firstWordBits[bit >> 6] & (1UL << bit)) == 0 || !lookup.TryGetValue(span[s..e], out var candidates)) continue;
            foreach (var (names, name, isPerson) in candidates)
            {
                // The next words, whatever separates them.
                var ok = true;
                var w = e;
                for (var k = 1; k < names.Length && ok; k++)
                {
                    while (w < span.Length && !char.IsLetterOrDigit(span[w])) w++;
                    if (w == span.Length) { ok = false; break; }
                    var ws = w;
                    while (w < span.Length && IsWordChar(span[w])) w++;
                    ok = span[ws..w].SequenceEqual(names[k]);
                }
                if (!ok) continue;
                result.Add((name, s, isPerson));
                at = w;
                break;
            }
        }
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c is '-' or '·' or '+' or '/';

    // ASCII characters that never start a looked-up word: all but capitals and digits (non-ASCII ones are checked one by one).
    private static readonly System.Buffers.SearchValues<char> s_passOver = System.Buffers.SearchValues.Create(
        string.Concat(Enumerable.Range(0, 128).Select(c => (char)c).Where(c => !char.IsAsciiLetterUpper(c) && !char.IsAsciiDigit(c))));

    private static string[] Split(string name)
    {
        var list = new List<string>();
        var i = 0;
        while (i < name.Length)
        {
            if (!char.IsLetterOrDigit(name[i])) { i++; continue; }
            var s = i;
            while (i < name.Length && (char.IsLetterOrDigit(name[i]) || name[i] is '-' or '·' or '+' or '/')) i++;
            list.Add(name[s..i]);
        }
        return [.. list];
    }
}
