using Graph.Core.Diagnostics;
using Graph.Vault.Extraction;
using Graph.Vault.Model;
using Graph.Vault.People;
using Graph.Vault.Resolution;

namespace Graph.Vault;

public static partial class VaultReader
{
    /// <summary>Reads the vault at <paramref name="vaultPath"/> (see the class summary for the passes and guarantees).</summary>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    public static VaultModel Read(string vaultPath, VaultReaderOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= VaultReaderOptions.Default;
        var root = Path.GetFullPath(vaultPath);
        if (!Directory.Exists(root)) throw new DirectoryNotFoundException($"vault folder '{vaultPath}' not found");

        var diagnostics = new List<Diagnostic>();
        var (markdown, others) = VaultFiles.Scan(root, options, diagnostics);
        var extracted = ExtractAll(markdown, options, diagnostics, cancellationToken);
        var tables = DataTables.Read(root, others, options, diagnostics);
        return Complete(root, extracted, others.Select(f => f.File).ToList(), tables, options, diagnostics, cancellationToken);
    }

    /// <summary>
    /// Reads in-memory notes (vault-relative path → text) as a vault: the same passes without the file system, for tests
    /// and tools that hold the text already.
    /// </summary>
    public static VaultModel ReadTexts(IEnumerable<KeyValuePair<string, string>> notes, VaultReaderOptions? options = null, IReadOnlyList<DataTable>? tables = null)
    {
        options ??= VaultReaderOptions.Default;
        var sorted = notes.OrderBy(n => n.Key, StringComparer.Ordinal).ToArray();
        var extracted = new ExtractedNote[sorted.Length];
        Parallel.For(0, sorted.Length, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.MaxDegreeOfParallelism) },
            i => extracted[i] = ExtractSafely(sorted[i].Key, _ => sorted[i].Value)!);
        return Complete("", extracted, [], tables ?? [], options, [], CancellationToken.None);
    }

    // Files that cannot be read or are not text are left out (their diagnostics kept), so a note exists in the model
    // only when its content was read.
    private static ExtractedNote[] ExtractAll(List<VaultFiles.MarkdownFile> paths, VaultReaderOptions options, List<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var result = new ExtractedNote?[paths.Count];
        var skipped = new List<Diagnostic>?[paths.Count];
        Parallel.For(0, paths.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.MaxDegreeOfParallelism), CancellationToken = cancellationToken },
            i =>
            {
                var own = new List<Diagnostic>();
                var file = paths[i];
                result[i] = ExtractSafely(file.Path, NoteFile.ReadShared(file.FullPath, file.Path, file.Length, options.MaxNoteBytes, own), own);
                if (result[i] is null) skipped[i] = own;
            });
        foreach (var list in skipped)
            if (list is not null) diagnostics.AddRange(list);
        return [.. result.Where(n => n is not null).Select(n => n!)];
    }

    internal static ExtractedNote? ExtractSafely(string path, Func<List<Diagnostic>, string?> read, List<Diagnostic>? extra = null)
    {
        extra ??= [];
        return ExtractSafely(path, read(extra)?.AsMemory(), extra);
    }

    // The text may be in the thread's read buffer (NoteFile.ReadShared): it is only read here, before the next read.
    internal static ExtractedNote? ExtractSafely(string path, ReadOnlyMemory<char>? read, List<Diagnostic> extra)
    {
        if (read is not { } text) return null;
        try
        {
            var note = NoteExtractor.Extract(path, text);
            return extra.Count == 0 ? note : note with { Diagnostics = [.. extra, .. note.Diagnostics] };
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Markdig and YamlDotNet are robust, but one pathological body must not cost the vault: keep the note with
            // its front matter only.
            var raw = RawFrontMatter.Split(text.ToString().Replace("\r\n", "\n"));
            extra.Add(new(DiagnosticSeverity.Warning, VaultCodes.UnparsableBody,
                $"cannot parse the Markdown body ({e.GetType().Name}: {FirstLine(e.Message)}); the note keeps only its front matter", path, new(raw.BodyLine, 1)));
            var head = raw.Yaml is null ? string.Empty : "---\n" + raw.Yaml + "---\n";
            ExtractedNote empty;
            // The front matter may be what failed: then the note is kept with nothing but its name.
            try { empty = NoteExtractor.Extract(path, head); }
            catch (Exception) when (head.Length > 0) { empty = NoteExtractor.Extract(path, string.Empty); }
            return empty with { Diagnostics = [.. extra, .. empty.Diagnostics] };
        }
    }

    private static string FirstLine(string message) => message.Split('\n')[0].Trim();

    internal static VaultModel Complete(string root, ExtractedNote[] extracted, IReadOnlyList<VaultFile> files, IReadOnlyList<DataTable> tables,
        VaultReaderOptions options, List<Diagnostic> diagnostics, CancellationToken cancellationToken, MentionPass.Cache? mentions = null)
    {
        var named = SiteTitles.Apply(extracted, options);
        var withPeople = MentionPass.Run(named, tables, options, diagnostics, cancellationToken, mentions, extracted);
        return VaultResolver.Resolve(root, withPeople, files, tables, diagnostics, options);
    }
}
