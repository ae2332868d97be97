using Graph.Core.Diagnostics;
using Graph.Vault.Extraction;
using Graph.Vault.Model;

namespace Graph.Vault;

/// <summary>
/// Reads the same vault again and again (<c>graph serve --watch</c>), parsing only the notes that changed since the
/// previous <see cref="Read"/>. The extract pass (Markdig + YamlDotNet, the bulk of the work) is a function of one
/// file's text, so its result is kept per note, keyed by the file's size and last write time; every pass that looks
/// across notes (site-wide titles, the gazetteer of names, link resolution, identities of people and organisations,
/// the CSV tables) runs again over the kept and the re-read notes. Of the people pass, what a note says by itself is
/// kept with the note, and the names found in its prose are kept as long as the gazetteer (every name the vault uses)
/// is unchanged, which is the case for most edits. The model is therefore the one
/// <see cref="VaultReader.Read"/> gives for the same files. Not thread-safe: one <see cref="Read"/> at a time.
/// <code>
/// var reader = new IncrementalVaultReader("samples", VaultReaderOptions.Default);
/// var first = reader.Read();                       // parses every note
/// var next = reader.Read(["Notes/Edited.md"]);     // parses that note (and any whose size or time changed)
/// </code>
/// </summary>
public sealed class IncrementalVaultReader
{
    private readonly string _root;
    private readonly VaultReaderOptions _options;
    private Dictionary<string, Entry> _cache = new(StringComparer.Ordinal);
    private readonly People.MentionPass.Cache _mentions = new();

    /// <param name="vaultPath">The vault folder.</param>
    /// <param name="options">Reader options, the same for every read.</param>
    public IncrementalVaultReader(string vaultPath, VaultReaderOptions? options = null)
    {
        _root = Path.GetFullPath(vaultPath);
        _options = options ?? VaultReaderOptions.Default;
    }

    /// <summary>How many notes the last <see cref="Read"/> parsed (the others came from the cache).</summary>
    public int LastParsed { get; private set; }

    /// <summary>How many notes the last <see cref="Read"/> took from the cache.</summary>
    public int LastReused { get; private set; }

    /// <summary>
    /// Reads the vault, parsing the notes that are new, whose size or last write time differs from the previous read,
    /// or that <paramref name="changed"/> names (vault-relative paths with <c>/</c>, e.g. from file-system events: a
    /// rewrite within the clock's resolution that keeps the size is still seen).
    /// </summary>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    public VaultModel Read(IEnumerable<string>? changed = null, CancellationToken cancellationToken = default)
    {
        if (!Directory.Exists(_root)) throw new DirectoryNotFoundException($"vault folder '{_root}' not found");
        var dirty = new HashSet<string>(changed ?? [], StringComparer.Ordinal);
        var diagnostics = new List<Diagnostic>();
        var (markdown, others) = VaultFiles.List(_root, _options, diagnostics);

        var entries = new Entry?[markdown.Count];
        var toParse = new List<int>();
        for (var i = 0; i < markdown.Count; i++)
        {
            var stamp = Stamp.Of(Path.Combine(_root, markdown[i]));
            if (stamp is { } s && !dirty.Contains(markdown[i]) && _cache.TryGetValue(markdown[i], out var kept) && kept.Stamp == s) entries[i] = kept;
            else toParse.Add(i);
        }
        var skipped = new List<Diagnostic>?[markdown.Count];
        Parallel.ForEach(toParse, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, _options.MaxDegreeOfParallelism), CancellationToken = cancellationToken },
            i =>
            {
                // The stamp is taken before the text is read: a write in between gives a newer stamp next time.
                var stamp = Stamp.Of(Path.Combine(_root, markdown[i]));
                var own = new List<Diagnostic>();
                var note = VaultReader.ExtractSafely(markdown[i], d => NoteFile.Read(Path.Combine(_root, markdown[i]), markdown[i], _options.MaxNoteBytes, d), own);
                // A file that could not be read is tried again next time rather than cached.
                if (note is null) skipped[i] = own;
                else entries[i] = new Entry(stamp, note);
            });

        var next = new Dictionary<string, Entry>(markdown.Count, StringComparer.Ordinal);
        var extracted = new List<ExtractedNote>(markdown.Count);
        for (var i = 0; i < markdown.Count; i++)
        {
            if (skipped[i] is { } list) diagnostics.AddRange(list);
            if (entries[i] is not { } entry) continue;
            if (entry.Stamp is not null) next[markdown[i]] = entry;
            extracted.Add(entry.Note);
        }
        _cache = next;
        LastParsed = toParse.Count;
        LastReused = markdown.Count - toParse.Count;

        var tables = DataTables.Read(_root, others, _options, diagnostics);
        return VaultReader.Complete(_root, [.. extracted], others.Select(f => f.File).ToList(), tables, _options, diagnostics, cancellationToken, _mentions);
    }

    private sealed record Entry(Stamp? Stamp, ExtractedNote Note);

    private readonly record struct Stamp(long Length, DateTime LastWriteUtc)
    {
        public static Stamp? Of(string fullPath)
        {
            try
            {
                var info = new FileInfo(fullPath);
                return info.Exists ? new Stamp(info.Length, info.LastWriteTimeUtc) : null;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return null; }
        }
    }
}
