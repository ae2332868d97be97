namespace Graph.Vault.People;

/// <summary>
/// Every person and organisation name the vault uses (speaker lines, attributions, CSV tables, options), matched in
/// running text word by word: names are indexed by their first word, the longest match wins. Case-sensitive, so
/// "Transverse" the agency is not found in "transverse".
/// </summary>
internal sealed class Gazetteer
{
    private readonly Dictionary<string, List<(string[] Words, string Name, bool IsPerson)>> _byFirstWord = new(StringComparer.Ordinal);

    public int Count { get; private set; }

    public void Add(string name, bool isPerson)
    {
        var words = Split(name);
        if (words.Length == 0) return;
        // Single short words and single all-lower words are too ambiguous in prose.
        if (words.Length == 1 && (words[0].Length < 4 || !char.IsUpper(words[0][0]))) return;
        if (!_byFirstWord.TryGetValue(words[0], out var list)) _byFirstWord[words[0]] = list = [];
        if (list.Any(e => e.Name == name)) return;
        list.Add((words, name, isPerson));
        list.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
        Count++;
    }

    /// <summary>True when both hold the same names, kinds and match order, so that <see cref="FindAll"/> answers alike.</summary>
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
        // Most lines name no one: they share one empty answer instead of a new list each.
        if (_byFirstWord.Count == 0) return Array.Empty<(string, int, bool)>();
        List<(string, int, bool)>? result = null;
        // Words as (start, length) over the text: no string per word, the lookup reads spans; the buffer is per thread.
        var lookup = _byFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();
        var words = t_words ??= new List<(int Start, int Length)>(64);
        words.Clear();
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i])) { i++; continue; }
            var s = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] is '-' or '·' or '+' or '/')) i++;
            words.Add((s, i - s));
        }
        var span = text.AsSpan();
        for (var w = 0; w < words.Count; w++)
        {
            if (!char.IsUpper(text[words[w].Start]) && !char.IsDigit(text[words[w].Start])) continue;
            if (!lookup.TryGetValue(span.Slice(words[w].Start, words[w].Length), out var candidates)) continue;
            foreach (var (names, name, isPerson) in candidates)
            {
                if (w + names.Length > words.Count) continue;
                var ok = true;
                for (var k = 1; k < names.Length && ok; k++) ok = span.Slice(words[w + k].Start, words[w + k].Length).SequenceEqual(names[k]);
                if (!ok) continue;
                (result ??= []).Add((name, words[w].Start, isPerson));
                w += names.Length - 1;
                break;
            }
        }
        return (IReadOnlyList<(string, int, bool)>?)result ?? Array.Empty<(string, int, bool)>();
    }

    [ThreadStatic] private static List<(int Start, int Length)>? t_words;

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
