namespace Graph.Vault;

/// <summary>Options of <see cref="VaultReader"/>. Every default suits an Obsidian vault published with Eleventy.</summary>
public sealed record VaultReaderOptions
{
    /// <summary>The default options.</summary>
    public static readonly VaultReaderOptions Default = new();

    /// <summary>
    /// Front-matter titles that are the site's name rather than the note's (so <see cref="Model.Note.Name"/> falls back
    /// to the first heading). When empty, a title shared by at least <see cref="SiteTitleShare"/> of the notes (and at
    /// least 3 notes) is taken as the site-wide title.
    /// </summary>
    public IReadOnlyList<string> SiteTitles { get; init; } = [];

    /// <summary>Share of notes above which a repeated title is the site-wide title (default 0.2).</summary>
    public double SiteTitleShare { get; init; } = 0.2;

    /// <summary>Folder names never read (at any depth): <c>.obsidian</c>, <c>.git</c>, <c>.trash</c>, <c>node_modules</c> by default.</summary>
    public IReadOnlyList<string> ExcludedFolders { get; init; } = [".obsidian", ".git", ".trash", "node_modules", "_site"];

    /// <summary>The data folder whose <c>*.csv</c> files are read as <see cref="Model.DataTable"/>s and organisations (default <c>_data</c>).</summary>
    public string DataFolder { get; init; } = "_data";

    /// <summary>
    /// For a CSV table (file name, e.g. <c>acteurs.csv</c>) that lists organisations: which columns hold the name, URL,
    /// locality, kind and expertise. By default any table whose header includes <c>Nom</c>/<c>Name</c> and <c>URL</c> is read
    /// as organisations with the columns guessed from their headers (see <see cref="CsvOrganizationColumns.Guess"/>).
    /// </summary>
    public IReadOnlyDictionary<string, CsvOrganizationColumns> OrganizationTables { get; init; } = new Dictionary<string, CsvOrganizationColumns>();

    /// <summary>Extra organisation names for the prose gazetteer (beside everything the vault itself names).</summary>
    public IReadOnlyList<string> KnownOrganizations { get; init; } = [];

    /// <summary>Whether to look for organisation names in running text (gazetteer + patterns). Default true.</summary>
    public bool FindOrganizationsInProse { get; init; } = true;

    /// <summary>
    /// The most bytes read from one note (default 4 MiB, a thousand times a typical note): a larger file is cut at its
    /// last line within the limit, with a warning, so that one file cannot exhaust memory or time.
    /// </summary>
    public int MaxNoteBytes { get; init; } = 4 << 20;

    /// <summary>Files read in parallel (default: processor count). 1 reads sequentially; the result is identical.</summary>
    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;
}
