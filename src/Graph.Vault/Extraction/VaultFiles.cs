using Graph.Vault.Model;

namespace Graph.Vault.Extraction;

/// <summary>Lists a vault's files: Markdown notes to read, and every other file as a <see cref="VaultFile"/>; both sorted by path.</summary>
internal static class VaultFiles
{
    public static (IReadOnlyList<string> Markdown, IReadOnlyList<(VaultFile File, string FullPath)> Others) List(string root, VaultReaderOptions options)
    {
        var markdown = new List<string>();
        var others = new List<(VaultFile, string)>();
        var excluded = new HashSet<string>(options.ExcludedFolders, StringComparer.OrdinalIgnoreCase);
        var pending = new Stack<string>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var dir = pending.Pop();
            IEnumerable<string> entries;
            try { entries = Directory.EnumerateFileSystemEntries(dir).ToList(); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { continue; }
            foreach (var entry in entries)
            {
                var name = Path.GetFileName(entry);
                if (Directory.Exists(entry))
                {
                    if (!excluded.Contains(name)) pending.Push(entry);
                    continue;
                }
                var relative = Path.GetRelativePath(root, entry).Replace('\\', '/');
                if (name.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".markdown", StringComparison.OrdinalIgnoreCase))
                {
                    markdown.Add(relative);
                    continue;
                }
                long length;
                try { length = new FileInfo(entry).Length; } catch (IOException) { length = 0; }
                var (kind, type) = Classify(name);
                others.Add((new VaultFile(relative, kind, type, length), entry));
            }
        }
        markdown.Sort(StringComparer.Ordinal);
        others.Sort((a, b) => string.CompareOrdinal(a.Item1.Path, b.Item1.Path));
        return (markdown, others);
    }

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
