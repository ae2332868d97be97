using Graph.Core.Diagnostics;
using Graph.Vault;

namespace Graph.Server;

/// <summary>
/// <c>--watch</c>: watches the vault folder (and the folders of the data files) and, once edits settle for
/// <see cref="Debounce"/>, loads the source again and swaps the new snapshot in. The vault is read through an
/// <see cref="IncrementalVaultReader"/>: only the notes that changed are parsed again (the passes across notes and the
/// mapping run over all of them, so the result equals a full load). Requests in flight keep the snapshot
/// they took; the next request sees the edit. A load that fails (e.g. a syntax error being typed) keeps the old data
/// and is reported; reloads never overlap.
/// </summary>
public sealed class VaultWatcher : IDisposable
{
    private readonly DatasetSource _source;
    private readonly IncrementalVaultReader? _reader;
    private readonly string? _vaultRoot;
    private HashSet<string> _changed = new(StringComparer.Ordinal);
    private readonly DatasetHolder _holder;
    private readonly Action<string> _log;
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Timer _timer;
    private readonly Lock _gate = new();
    private bool _loading;
    private bool _pending;
    private bool _disposed;

    /// <param name="source">What to load.</param>
    /// <param name="holder">Where to publish each new snapshot.</param>
    /// <param name="log">Receives one line per reload.</param>
    /// <param name="reader">The reader the first snapshot was loaded with (<see cref="DatasetSource.CreateIncrementalReader"/>),
    /// so its parsed notes are reused from the first reload on; null: a new one (the first reload parses every note).</param>
    public VaultWatcher(DatasetSource source, DatasetHolder holder, Action<string> log, IncrementalVaultReader? reader = null)
    {
        _source = source;
        _reader = reader ?? source.CreateIncrementalReader();
        _vaultRoot = source.VaultPath is null ? null : Path.GetFullPath(source.VaultPath);
        _holder = holder;
        _log = log;
        _timer = new Timer(_ => Reload(), null, Timeout.Infinite, Timeout.Infinite);
        var folders = new List<string>();
        if (source.VaultPath is { } vault) folders.Add(Path.GetFullPath(vault));
        folders.AddRange(source.Files.Select(f => Path.GetDirectoryName(Path.GetFullPath(f))!));
        foreach (var folder in folders.Distinct(StringComparer.Ordinal))
        {
            var watcher = new FileSystemWatcher(folder)
            {
                IncludeSubdirectories = source.VaultPath is not null,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            };
            watcher.Changed += OnChange;
            watcher.Created += OnChange;
            watcher.Deleted += OnChange;
            watcher.Renamed += OnChange;
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }
    }

    /// <summary>Quiet time after the last change before reloading (editors write a file in several steps).</summary>
    public TimeSpan Debounce { get; init; } = TimeSpan.FromMilliseconds(150);

    /// <summary>Raised after each reload attempt: the new snapshot, or null when loading failed.</summary>
    public event Action<DatasetSnapshot?>? Reloaded;

    private void OnChange(object sender, FileSystemEventArgs e)
    {
        // Hidden files and folders (.obsidian/, .git/, editor swap files) change constantly and are not notes.
        if (e.Name is { } name && name.Split(Path.DirectorySeparatorChar).Any(part => part.StartsWith('.') || part.EndsWith('~'))) return;
        lock (_gate)
        {
            if (_disposed) return;
            Remember(e.FullPath);
            if (e is RenamedEventArgs renamed) Remember(renamed.OldFullPath);
            _timer.Change(Debounce, Timeout.InfiniteTimeSpan);
        }
    }

    // Paths the events name are parsed again even when their size and time look unchanged (a rewrite within the
    // clock's resolution); the reader notices other changes by itself.
    private void Remember(string fullPath)
    {
        if (_vaultRoot is null) return;
        var relative = Path.GetRelativePath(_vaultRoot, fullPath);
        if (!relative.StartsWith("..", StringComparison.Ordinal) && !Path.IsPathRooted(relative))
            _changed.Add(relative.Replace(Path.DirectorySeparatorChar, '/'));
    }

    private void Reload()
    {
        HashSet<string> changed;
        lock (_gate)
        {
            if (_disposed) return;
            if (_loading) { _pending = true; return; }
            _loading = true;
            changed = _changed;
            _changed = new(StringComparer.Ordinal);
        }
        DatasetSnapshot? published = null;
        try
        {
            var warnings = 0;
            var snapshot = _source.Load(_reader, changed, _ => warnings++);
            published = _holder.Swap(snapshot);
            var parsed = _reader is null ? "" : $", {_reader.LastParsed} note(s) parsed, {_reader.LastReused} reused";
            _log($"reloaded: {published.Store.Count} quads (generation {published.Generation}, {warnings} warning(s){parsed})");
        }
        catch (Exception e) when (e is RdfSyntaxException or IOException or UnauthorizedAccessException or NotSupportedException)
        {
            _log("reload failed, still serving the previous data: " + e.Message);
            lock (_gate) _changed.UnionWith(changed);
        }
        finally
        {
            bool again;
            lock (_gate)
            {
                _loading = false;
                again = _pending && !_disposed;
                _pending = false;
            }
            if (again) _timer.Change(TimeSpan.Zero, Timeout.InfiniteTimeSpan);
        }
        Reloaded?.Invoke(published);
    }

    public void Dispose()
    {
        lock (_gate) _disposed = true;
        foreach (var w in _watchers) w.Dispose();
        _timer.Dispose();
    }
}
