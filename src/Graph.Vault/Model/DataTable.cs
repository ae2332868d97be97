namespace Graph.Vault.Model;

/// <summary>A CSV table of the vault's data folder (e.g. <c>_data/acteurs.csv</c>), read with CsvHelper, headers trimmed.</summary>
/// <param name="Path">Vault-relative path.</param>
/// <param name="Headers">Column headers, trimmed, in file order.</param>
/// <param name="Rows">Rows, each with one trimmed value per header (missing cells are empty strings).</param>
public sealed record DataTable(string Path, IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<string>> Rows);
