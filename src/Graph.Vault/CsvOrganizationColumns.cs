namespace Graph.Vault;

/// <summary>Which columns of a CSV table describe an organisation. Column names are compared trimmed and case-insensitively.</summary>
/// <param name="Name">The name column (required).</param>
/// <param name="Url">The website column, or null.</param>
/// <param name="Locality">The town column, or null.</param>
/// <param name="Kind">The nature/kind column, or null.</param>
/// <param name="Expertise">Expertise columns, in order.</param>
public sealed record CsvOrganizationColumns(string Name, string? Url, string? Locality, string? Kind, IReadOnlyList<string> Expertise)
{
    /// <summary>
    /// Guesses the columns from headers in French, English or German (<c>Nom</c>/<c>Name</c>, <c>URL</c>/<c>Site</c>,
    /// <c>Localisation</c>/<c>Lieu</c>/<c>Ville</c>/<c>City</c>/<c>Ort</c>, <c>Nature</c>/<c>Type</c>/<c>Kind</c>, any
    /// header containing <c>Expertise</c>), or null when there is no name column.
    /// </summary>
    public static CsvOrganizationColumns? Guess(IReadOnlyList<string> headers)
    {
        string? Find(params string[] names) =>
            headers.FirstOrDefault(h => names.Any(n => string.Equals(h.Trim(), n, StringComparison.OrdinalIgnoreCase)));
        var name = Find("Nom", "Name", "Organisation", "Organization", "Institution");
        if (name is null) return null;
        var expertise = headers.Where(h => h.Contains("expertise", StringComparison.OrdinalIgnoreCase)).ToArray();
        return new CsvOrganizationColumns(
            name,
            Find("URL", "Site", "Website", "Site web", "Webseite"),
            Find("Localisation", "Lieu", "Ville", "Locality", "City", "Ort"),
            Find("Nature", "Type", "Kind", "Art"),
            expertise);
    }
}
