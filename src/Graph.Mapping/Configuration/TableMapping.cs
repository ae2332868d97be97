namespace Graph.Mapping.Configuration;

/// <summary>
/// How a CSV table of the data folder maps to properties of its organisations. A column mapped to
/// <c>knowsAbout</c> yields concepts of the <see cref="ExpertiseScheme"/>; any other property name is a
/// Schema.org property whose value is a literal (or an IRI for <c>url</c>).
/// </summary>
public sealed record TableMapping
{
    /// <summary>Vault-relative path of the table (<c>_data/acteurs.csv</c>).</summary>
    public string File { get; init; } = "";

    /// <summary>Column header (trimmed) → Schema.org property local name.</summary>
    public IReadOnlyDictionary<string, string> Columns { get; init; } = new Dictionary<string, string>();

    /// <summary>Country of organisations of this table that state none (ISO 3166-1 alpha-2), or null.</summary>
    public string? DefaultCountry { get; init; }

    /// <summary>A row whose column has one of these values is a <c>schema:Museum</c>.</summary>
    public ColumnCondition? MuseumWhen { get; init; }

    /// <summary>Name of the concept scheme for <c>knowsAbout</c> values.</summary>
    public string ExpertiseScheme { get; init; } = "expertise";
}

/// <summary>A condition on a column: its trimmed value is one of <see cref="Values"/> (case-insensitive).</summary>
public sealed record ColumnCondition(string Column, IReadOnlyList<string> Values);
