using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using Graph.Vault.Model;
using Graph.Vault.People;

namespace Graph.Vault.Resolution;

/// <summary>
/// Finds the note or file a link target names, the way Obsidian does and a little more leniently: by file name or
/// vault path first, then by note name, alias or navigation title; case, accents and punctuation ignored.
/// </summary>
/// <remarks>Thread-safe once built: lookups only read the index, and remember each target's answer (a vault links
/// the same few hundred targets from thousands of notes).</remarks>
internal sealed class NoteIndex
{
    /// <summary>The notes a key names: the first one (in note order), the last one added, and how many.</summary>
    private struct Entry
    {
        public string First;
        public string Last;
        public int Count;
    }

    private readonly Dictionary<string, Entry> _primary = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Entry> _secondary = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _files = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (string? Path, bool Ambiguous)> _found = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string?> _foundFiles = new(StringComparer.Ordinal);

    public NoteIndex(Note[] notes, IReadOnlyList<VaultFile> files, ParallelOptions parallel)
    {
        // Normalising the names is the work; it depends on each note alone, so it runs on every core, and the keys are
        // then added in note order (which note comes first under a key decides where an ambiguous link goes).
        var keys = new NoteKeys[notes.Length];
        Parallel.For(0, notes.Length, parallel, () => new Dictionary<string, string>(StringComparer.Ordinal),
            (i, _, names) =>
            {
                keys[i] = NoteKeys.Of(notes[i], names);
                return names;
            },
            _ => { });
        // Every note adds its own path: the primary keys number at least the notes.
        _primary.EnsureCapacity(notes.Length);
        for (var i = 0; i < notes.Length; i++)
        {
            var path = notes[i].Path;
            var k = keys[i];
            Add(_primary, k.FileName, path);
            Add(_primary, k.Path, path);
            if (k.PathWithExtension is { } withExtension) Add(_primary, withExtension, path);
            Add(_secondary, k.Name, path);
            foreach (var alias in k.Aliases) Add(_secondary, alias, path);
            if (k.Title is { } title) Add(_secondary, title, path);
        }
        foreach (var file in files)
        {
            _files.TryAdd(Names.Normalize(file.Path), file.Path);
            _files.TryAdd(Names.Normalize(System.IO.Path.GetFileName(file.Path)), file.Path);
        }
    }

    /// <summary>The path of the note (or file) <paramref name="target"/> names, and whether several matched.</summary>
    public (string? Path, bool Ambiguous) Find(string target) =>
        _found.TryGetValue(target, out var found) ? found : _found.GetOrAdd(target, FindUncached(target));

    private (string? Path, bool Ambiguous) FindUncached(string target)
    {
        var key = Names.Normalize(StripExtension(target));
        if (key.Length == 0) return (null, false);
        if (_primary.TryGetValue(key, out var entry) || _secondary.TryGetValue(key, out entry))
            return (entry.First, entry.Count > 1);
        return (FindFile(target), false);
    }

    /// <summary>The vault file a media source or embed names (<c>/images/a.png</c>, <c>a.png</c>), or null.</summary>
    public string? FindFile(string source) =>
        _foundFiles.TryGetValue(source, out var found) ? found : _foundFiles.GetOrAdd(source, FindFileUncached(source));

    private string? FindFileUncached(string source)
    {
        if (source.Length == 0 || Extraction.NoteExtractor.HasScheme(source)) return null;
        var s = source;
        try { s = Uri.UnescapeDataString(s); } catch (UriFormatException) { }
        s = s.TrimStart('/', '.');
        if (_files.TryGetValue(Names.Normalize(s), out var path)) return path;
        return _files.TryGetValue(Names.Normalize(System.IO.Path.GetFileName(s)), out path) ? path : null;
    }

    private static string StripExtension(string target) =>
        target.EndsWith(".md", StringComparison.OrdinalIgnoreCase) ? target[..^3] : target;

    private static void Add(Dictionary<string, Entry> index, string key, string path)
    {
        if (key.Length == 0) return;
        ref var entry = ref CollectionsMarshal.GetValueRefOrAddDefault(index, key, out var exists);
        if (!exists) entry = new Entry { First = path, Last = path, Count = 1 };
        // A note adds all its keys before the next note: it is already under this key only if it was the last added.
        else if (!string.Equals(entry.Last, path, StringComparison.Ordinal))
        {
            entry.Last = path;
            entry.Count++;
        }
    }

    /// <summary>A note's index keys, normalised (empty when nothing is left of the name).</summary>
    private readonly record struct NoteKeys(string FileName, string Path, string? PathWithExtension, string Name, string[] Aliases, string? Title)
    {
        public static NoteKeys Of(Note note, Dictionary<string, string> names)
        {
            var path = note.Path;
            var withoutExtension = path[..^System.IO.Path.GetExtension(path).Length];
            var pathKey = Key(withoutExtension);
            // "a/b.md" without its extension is "a/b", the same key as "a/b.md" stripped of ".md" (unless "a/b" ends in ".md" too).
            var withExtension = path.EndsWith(".md", StringComparison.OrdinalIgnoreCase) && !withoutExtension.EndsWith(".md", StringComparison.OrdinalIgnoreCase)
                ? null : Key(path);
            var aliases = note.Aliases.Count == 0 ? [] : new string[note.Aliases.Count];
            for (var i = 0; i < aliases.Length; i++) aliases[i] = Named(note.Aliases[i], names);
            return new(Named(note.FileName, names), pathKey, withExtension, Named(note.Name, names), aliases,
                note.Navigation?.Title is { } title ? Named(title, names) : null);
        }

        private static string Key(string name) => Names.Normalize(StripExtension(name));

        // File names, note names and titles recur across a vault (and across the copies of a replicated one): each
        // thread normalises each one once.
        private static string Named(string name, Dictionary<string, string> names)
        {
            ref var key = ref CollectionsMarshal.GetValueRefOrAddDefault(names, name, out var exists);
            if (!exists) key = Key(name);
            return key!;
        }
    }
}
