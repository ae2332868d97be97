using Graph.Vault.Model;
using Graph.Vault.People;

namespace Graph.Vault.Resolution;

/// <summary>
/// Finds the note or file a link target names, the way Obsidian does and a little more leniently: by file name or
/// vault path first, then by note name, alias or navigation title; case, accents and punctuation ignored.
/// </summary>
internal sealed class NoteIndex
{
    private readonly Dictionary<string, List<string>> _primary = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _secondary = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _files = new(StringComparer.Ordinal);

    public NoteIndex(IReadOnlyList<Note> notes, IReadOnlyList<VaultFile> files)
    {
        foreach (var note in notes)
        {
            Add(_primary, note.FileName, note.Path);
            Add(_primary, note.Path[..^System.IO.Path.GetExtension(note.Path).Length], note.Path);
            Add(_primary, note.Path, note.Path);
            Add(_secondary, note.Name, note.Path);
            foreach (var alias in note.Aliases) Add(_secondary, alias, note.Path);
            if (note.Navigation?.Title is { } title) Add(_secondary, title, note.Path);
        }
        foreach (var file in files)
        {
            _files.TryAdd(Names.Normalize(file.Path), file.Path);
            _files.TryAdd(Names.Normalize(System.IO.Path.GetFileName(file.Path)), file.Path);
        }
    }

    /// <summary>The path of the note (or file) <paramref name="target"/> names, and whether several matched.</summary>
    public (string? Path, bool Ambiguous) Find(string target)
    {
        var key = Names.Normalize(StripExtension(target));
        if (key.Length == 0) return (null, false);
        if (_primary.TryGetValue(key, out var paths) || _secondary.TryGetValue(key, out paths))
            return (paths[0], paths.Count > 1);
        return (FindFile(target), false);
    }

    /// <summary>The vault file a media source or embed names (<c>/images/a.png</c>, <c>a.png</c>), or null.</summary>
    public string? FindFile(string source)
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

    private static void Add(Dictionary<string, List<string>> index, string name, string path)
    {
        var key = Names.Normalize(StripExtension(name));
        if (key.Length == 0) return;
        if (!index.TryGetValue(key, out var list)) index[key] = list = [];
        if (!list.Contains(path)) list.Add(path);
    }
}
