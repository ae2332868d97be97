using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using Graph.Core.Diagnostics;
using Graph.Vault.Model;

namespace Graph.Vault.Extraction;

/// <summary>Reads the CSV files of the data folder with CsvHelper (headers and cells trimmed, ragged rows padded).</summary>
internal static class DataTables
{
    public static IReadOnlyList<DataTable> Read(string root, IReadOnlyList<(VaultFile File, string FullPath)> files, VaultReaderOptions options, List<Diagnostic> diagnostics)
    {
        var folder = options.DataFolder.Trim('/') + "/";
        var tables = new List<DataTable>();
        foreach (var (file, fullPath) in files)
        {
            if (!file.Path.StartsWith(folder, StringComparison.Ordinal) && !file.Path.Contains("/" + folder, StringComparison.Ordinal)) continue;
            if (!file.Path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase)) continue;
            // Encoding, size and I/O problems are reported by NoteFile; a table that is not text is left out.
            if (NoteFile.Read(fullPath, file.Path, options.MaxNoteBytes, diagnostics) is not { } text) continue;
            try
            {
                tables.Add(Parse(file.Path, text, diagnostics));
            }
            catch (CsvHelperException e)
            {
                diagnostics.Add(new(DiagnosticSeverity.Warning, VaultCodes.BadTableRow, $"cannot read the table: {e.Message.Split('\n')[0]}", file.Path));
            }
        }
        return tables;
    }

    // CsvHelper counts rows up to the record's end; a quoted field spanning lines starts that many lines earlier.
    private static int FirstLine(int lastRow, string? rawRecord) =>
        rawRecord is null ? lastRow : Math.Max(1, lastRow - rawRecord.TrimEnd('\r', '\n').Count(c => c == '\n'));

    public static DataTable Parse(string path, string text, List<Diagnostic> diagnostics)
    {
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            TrimOptions = TrimOptions.Trim,
            BadDataFound = args => diagnostics.Add(new(DiagnosticSeverity.Warning, VaultCodes.BadTableRow,
                $"malformed CSV field '{Excerpt.Of(args.Field)}'", path, new(FirstLine(args.Context.Parser?.RawRow ?? 0, args.RawRecord), 1))),
            MissingFieldFound = null,
            DetectDelimiter = true,
        };
        using var reader = new StringReader(text);
        using var csv = new CsvParser(reader, config);
        var headers = new List<string>();
        var rows = new List<IReadOnlyList<string>>();
        while (csv.Read())
        {
            var record = csv.Record ?? [];
            if (headers.Count == 0)
            {
                headers.AddRange(record.Select(h => h.Trim()));
                continue;
            }
            if (record.All(string.IsNullOrWhiteSpace)) continue;
            var row = new string[headers.Count];
            for (var i = 0; i < row.Length; i++) row[i] = i < record.Length ? record[i].Trim() : string.Empty;
            rows.Add(row);
        }
        return new DataTable(path, headers, rows);
    }
}
