using System.Text;
using Graph.Core.Diagnostics;
using Graph.Vault.Extraction;
using Graph.Vault.Model;
using Graph.Vault.People;
using Graph.Vault.Resolution;

namespace Graph.Vault;

public static partial class VaultReader
{
    private static readonly UTF8Encoding s_strictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Reads the vault at <paramref name="vaultPath"/> (see the class summary for the passes and guarantees).</summary>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    public static VaultModel Read(string vaultPath, VaultReaderOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= VaultReaderOptions.Default;
        var root = Path.GetFullPath(vaultPath);
        if (!Directory.Exists(root)) throw new DirectoryNotFoundException($"vault folder '{vaultPath}' not found");

        var (markdown, others) = VaultFiles.List(root, options);
        var extracted = ExtractAll(root, markdown, options, cancellationToken);
        var diagnostics = new List<Diagnostic>();
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
            i => extracted[i] = ExtractSafely(sorted[i].Key, () => (sorted[i].Value, false)));
        return Complete("", extracted, [], tables ?? [], options, [], CancellationToken.None);
    }

    private static ExtractedNote[] ExtractAll(string root, IReadOnlyList<string> paths, VaultReaderOptions options, CancellationToken cancellationToken)
    {
        var result = new ExtractedNote[paths.Count];
        Parallel.For(0, paths.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.MaxDegreeOfParallelism), CancellationToken = cancellationToken },
            i => result[i] = ExtractSafely(paths[i], () => ReadText(Path.Combine(root, paths[i]))));
        return result;
    }

    private static ExtractedNote ExtractSafely(string path, Func<(string Text, bool InvalidUtf8)> read)
    {
        string text;
        var extra = new List<Diagnostic>();
        try
        {
            (text, var invalid) = read();
            if (invalid)
                extra.Add(new(DiagnosticSeverity.Warning, VaultCodes.UnreadableFile, "the file is not valid UTF-8; invalid bytes were replaced by U+FFFD", path, new(1, 1)));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            extra.Add(new(DiagnosticSeverity.Warning, VaultCodes.UnreadableFile, $"cannot read the file: {e.Message}", path));
            text = string.Empty;
        }
        try
        {
            var note = NoteExtractor.Extract(path, text);
            return extra.Count == 0 ? note : note with { Diagnostics = [.. extra, .. note.Diagnostics] };
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Markdig and YamlDotNet are robust, but one pathological file must not cost the vault: keep the note, empty.
            extra.Add(new(DiagnosticSeverity.Warning, VaultCodes.UnreadableFile, $"cannot parse the note ({e.GetType().Name}: {e.Message}); kept empty", path));
            var empty = NoteExtractor.Extract(path, string.Empty);
            return empty with { Diagnostics = extra };
        }
    }

    /// <summary>Reads a file as UTF-8 without its BOM; invalid bytes become U+FFFD and are reported, not fatal.</summary>
    internal static (string Text, bool InvalidUtf8) ReadText(string fullPath)
    {
        var bytes = File.ReadAllBytes(fullPath);
        var start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        try
        {
            return (s_strictUtf8.GetString(bytes, start, bytes.Length - start), false);
        }
        catch (DecoderFallbackException)
        {
            return (Encoding.UTF8.GetString(bytes, start, bytes.Length - start), true);
        }
    }

    private static VaultModel Complete(string root, ExtractedNote[] extracted, IReadOnlyList<VaultFile> files, IReadOnlyList<DataTable> tables,
        VaultReaderOptions options, List<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var named = SiteTitles.Apply(extracted, options);
        var withPeople = MentionPass.Run(named, tables, options, diagnostics, cancellationToken);
        return VaultResolver.Resolve(root, withPeople, files, tables, diagnostics, options);
    }
}
