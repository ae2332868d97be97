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

    /// <summary>Every known name in <paramref name="text"/>, with its offset and kind, left to right, not overlapping.</summary>
    public List<(string Name, int Offset, bool IsPerson)> FindAll(string text)
    {
        var result = new List<(string, int, bool)>();
        if (_byFirstWord.Count == 0) return result;
        var words = new List<(string Word, int Offset)>();
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i])) { i++; continue; }
            var s = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] is '-' or '·' or '+' or '/')) i++;
            words.Add((text[s..i], s));
        }
        for (var w = 0; w < words.Count; w++)
        {
            if (!_byFirstWord.TryGetValue(words[w].Word, out var candidates)) continue;
            foreach (var (names, name, isPerson) in candidates)
            {
                if (w + names.Length > words.Count) continue;
                var ok = true;
                for (var k = 1; k < names.Length && ok; k++) ok = words[w + k].Word == names[k];
                if (!ok) continue;
                result.Add((name, words[w].Offset, isPerson));
                w += names.Length - 1;
                break;
            }
        }
        return result;
    }

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
