using System.Globalization;
using Graph.Core.Diagnostics;
using Graph.Vault.Model;
using Graph.Vault.People;

namespace Graph.Vault.Extraction;

/// <summary>
/// Lists a vault's files: Markdown notes to read, and every other file as a <see cref="VaultFile"/>; both sorted by path.
/// Symbolic links are followed unless they lead back to a folder already listed (a loop) or nowhere; folders that
/// cannot be listed are reported and skipped. Never throws for the vault's content.
/// </summary>
internal static class VaultFiles
{
    // Symbolic links resolved by hand (each hop against the real folder holding it), as the kernel does.
    private const int MaxLinkHops = 40;

    /// <summary>A Markdown note found: vault-relative path, full path, and its size when it is no link (else -1).</summary>
    public readonly record struct MarkdownFile(string Path, string FullPath, long Length);

    public static (IReadOnlyList<string> Markdown, IReadOnlyList<(VaultFile File, string FullPath)> Others) List(
        string root, VaultReaderOptions options, List<Diagnostic> diagnostics)
    {
        var (markdown, others) = Scan(root, options, diagnostics);
        return (markdown.ConvertAll(m => m.Path), others);
    }

    /// <summary>As <see cref="List"/>, with each note's full path and size, so that reading it needs no other look.</summary>
    public static (List<MarkdownFile> Markdown, IReadOnlyList<(VaultFile File, string FullPath)> Others) Scan(
        string root, VaultReaderOptions options, List<Diagnostic> diagnostics)
    {
        var markdown = new List<MarkdownFile>();
        var others = new List<(VaultFile, string)>();
        var excluded = new HashSet<string>(options.ExcludedFolders, StringComparer.OrdinalIgnoreCase);
        // Folders by real path (links resolved), so a link back to a folder already read is seen as a loop.
        // "vault/" and "vault" are one folder: real paths never end with a separator.
        var rootReal = Path.TrimEndingDirectorySeparator(root);
        var visited = new HashSet<string>(StringComparer.Ordinal) { rootReal };
        var pending = new Stack<(string Path, string Real, string Relative)>();
        pending.Push((root, rootReal, ""));
        while (pending.Count > 0)
        {
            var (dir, real, dirRelative) = pending.Pop();
            List<string> entries;
            try { entries = Directory.EnumerateFileSystemEntries(dir).ToList(); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                diagnostics.Add(Warn(VaultCodes.UnlistableFolder, $"cannot list the folder ({e.GetType().Name}: {Excerpt.Of(e.Message, 200)}); its files are not read", Relative(root, dir)));
                continue;
            }
            foreach (var entry in entries)
            {
                var name = Path.GetFileName(entry);
                // The path below the vault, as Path.GetRelativePath would give it (the entry is its folder's path and
                // a name), without its cost.
                var relative = name.Replace('\\', '/');
                if (dirRelative.Length > 0) relative = string.Concat(dirRelative, "/", relative);
                // One status per entry (lstat): whether it is a link, a folder, its size. A link costs more (below).
                var info = new FileInfo(entry);
                FileAttributes attributes;
                try { attributes = info.Attributes; }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException) { attributes = (FileAttributes)(-1); }
                var isLink = attributes != (FileAttributes)(-1) && (attributes & FileAttributes.ReparsePoint) != 0 && LinkTarget(entry) is not null;
                bool isDirectory;
                string? entryReal = null;
                if (isLink)
                {
                    string? linkError;
                    (entryReal, linkError) = Resolve(Path.Combine(real, name));
                    if (linkError is not null)
                    {
                        diagnostics.Add(Warn(VaultCodes.SymbolicLinkLoop, linkError, relative));
                        continue;
                    }
                    if (!File.Exists(entryReal) && !Directory.Exists(entryReal))
                    {
                        diagnostics.Add(Warn(VaultCodes.DanglingLink, $"symbolic link to '{Excerpt.Of(LinkTarget(entry) ?? "?", 200)}', which does not exist; skipped", relative));
                        continue;
                    }
                    isDirectory = Directory.Exists(entry);
                }
                else
                {
                    if (attributes == (FileAttributes)(-1))
                    {
                        diagnostics.Add(Warn(VaultCodes.UnlistableFolder, $"cannot read this entry (its full path, {entry.Length:N0} characters, is probably longer than the system allows); skipped", relative));
                        continue;
                    }
                    isDirectory = (attributes & FileAttributes.Directory) != 0;
                }
                if (isDirectory)
                {
                    if (excluded.Contains(name)) continue;
                    entryReal ??= Path.Combine(real, name);
                    if (!visited.Add(entryReal))
                    {
                        diagnostics.Add(Warn(VaultCodes.SymbolicLinkLoop, $"symbolic link to '{Excerpt.Of(entryReal, 200)}', a folder already read (a loop or a second path to it); not followed", relative));
                        continue;
                    }
                    pending.Push((entry, entryReal, relative));
                    continue;
                }
                if (name.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".markdown", StringComparison.OrdinalIgnoreCase))
                {
                    // A link's size is its target's, which the reader looks up itself.
                    markdown.Add(new MarkdownFile(relative, entry, isLink ? -1 : info.Length));
                    continue;
                }
                long length;
                try { length = info.Length; } catch (Exception e) when (e is IOException or UnauthorizedAccessException) { length = 0; }
                var (kind, type) = Classify(name);
                others.Add((new VaultFile(relative, kind, type, length), entry));
            }
        }
        markdown.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        others.Sort((a, b) => string.CompareOrdinal(a.Item1.Path, b.Item1.Path));
        ReportTwins(markdown.ConvertAll(m => m.Path), diagnostics);
        return (markdown, others);
    }

    private static string? LinkTarget(string path)
    {
        try { return new FileInfo(path).LinkTarget; }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return null; }
    }

    // The real path a link leads to, following chains of links; an error message when the chain does not end.
    private static (string Real, string? Error) Resolve(string linkReal)
    {
        var current = linkReal;
        for (var hop = 0; hop < MaxLinkHops; hop++)
        {
            var target = LinkTarget(current);
            if (target is null) return (Path.TrimEndingDirectorySeparator(current), null);
            current = Path.GetFullPath(Path.IsPathRooted(target) ? target : Path.Combine(Path.GetDirectoryName(current) ?? "/", target));
        }
        return (current, $"symbolic links lead to each other more than {MaxLinkHops} times (a loop); skipped");
    }

    // Two notes whose paths differ only in how accents are encoded (NFC 'é' vs NFD 'e' + U+0301) look identical in
    // every listing; say so once per pair. The invariant-globalisation build cannot normalise, hence the fold.
    private static void ReportTwins(List<string> markdown, List<Diagnostic> diagnostics)
    {
        // Combining marks are all at U+0300 or above: most paths have no such character and need no closer look.
        var decomposed = markdown.Where(p => p.AsSpan().ContainsAnyExceptInRange('\0', '\u02FF') && p.Any(IsMark)).ToList();
        if (decomposed.Count == 0) return;
        var byKey = markdown.GroupBy(p => Names.Normalize(p)).Where(g => g.Count() > 1).ToDictionary(g => g.Key, g => g.ToList());
        foreach (var path in decomposed)
            if (byKey.TryGetValue(Names.Normalize(path), out var twins))
                foreach (var twin in twins.Where(t => IsTwin(path, t)))
                    diagnostics.Add(Warn(VaultCodes.NormalizationTwins,
                        $"'{path}' and '{twin}' differ only by how their accents are encoded (Unicode NFD vs NFC); both are converted, links naming them are ambiguous", path));
    }

    private static bool IsMark(char c) => CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark;

    // Without its combining marks the decomposed path has the other's length, and where they differ the other has a
    // precomposed letter that folds to the same base letter.
    private static bool IsTwin(string decomposed, string other)
    {
        if (other == decomposed || other.Any(IsMark)) return false;
        var bare = string.Concat(decomposed.Where(c => !IsMark(c)));
        if (bare.Length != other.Length) return false;
        for (var i = 0; i < bare.Length; i++)
            if (bare[i] != other[i] && (other[i] < 128 || Names.Normalize(bare[i].ToString()) != Names.Normalize(other[i].ToString()))) return false;
        return true;
    }

    private static string Relative(string root, string path) => Path.GetRelativePath(root, path).Replace('\\', '/');

    private static Diagnostic Warn(string code, string message, string path) => new(DiagnosticSeverity.Warning, code, message, path);

    internal static (VaultFileKind Kind, string MediaType) Classify(string name) => Path.GetExtension(name).ToLowerInvariant() switch
    {
        ".png" => (VaultFileKind.Image, "image/png"),
        ".jpg" or ".jpeg" => (VaultFileKind.Image, "image/jpeg"),
        ".gif" => (VaultFileKind.Image, "image/gif"),
        ".svg" => (VaultFileKind.Image, "image/svg+xml"),
        ".webp" => (VaultFileKind.Image, "image/webp"),
        ".avif" => (VaultFileKind.Image, "image/avif"),
        ".bmp" => (VaultFileKind.Image, "image/bmp"),
        ".tif" or ".tiff" => (VaultFileKind.Image, "image/tiff"),
        ".mp4" or ".m4v" => (VaultFileKind.Video, "video/mp4"),
        ".webm" => (VaultFileKind.Video, "video/webm"),
        ".mov" => (VaultFileKind.Video, "video/quicktime"),
        ".mp3" => (VaultFileKind.Audio, "audio/mpeg"),
        ".ogg" or ".oga" => (VaultFileKind.Audio, "audio/ogg"),
        ".wav" => (VaultFileKind.Audio, "audio/wav"),
        ".pdf" => (VaultFileKind.Document, "application/pdf"),
        ".docx" => (VaultFileKind.Document, "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
        ".pptx" => (VaultFileKind.Document, "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
        ".xlsx" => (VaultFileKind.Document, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        ".csv" => (VaultFileKind.Data, "text/csv"),
        ".json" => (VaultFileKind.Data, "application/json"),
        ".yaml" or ".yml" => (VaultFileKind.Data, "application/yaml"),
        ".css" => (VaultFileKind.Other, "text/css"),
        ".js" or ".mjs" => (VaultFileKind.Other, "text/javascript"),
        ".html" or ".htm" or ".njk" or ".ejs" => (VaultFileKind.Other, "text/html"),
        ".txt" => (VaultFileKind.Other, "text/plain"),
        _ => (VaultFileKind.Other, "application/octet-stream"),
    };
}
