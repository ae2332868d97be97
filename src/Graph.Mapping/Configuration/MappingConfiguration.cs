using System.Text.Json;
using System.Text.RegularExpressions;

namespace Graph.Mapping.Configuration;

/// <summary>
/// How notes become RDF, read from <c>ontology/mapping.json</c>: the default base IRI and language, the site-wide
/// titles that are not note titles, the dataset description and licence, tag → more specific Schema.org type, and
/// CSV columns → properties. <see cref="Default"/> is the file shipped in the assembly.
/// </summary>
public sealed record MappingConfiguration
{
    public string BaseIri { get; init; } = "https://example.org/graph/";

    /// <summary>Language of notes whose language the vault reader could not tell (BCP 47).</summary>
    public string DefaultLanguage { get; init; } = "fr";

    /// <summary>Front-matter titles that name the site, not the note.</summary>
    public IReadOnlyList<string> SiteTitles { get; init; } = [];

    public DatasetDescription Dataset { get; init; } = new();

    /// <summary>Normalised tag → IRI of a type added beside <c>schema:Article</c>.</summary>
    public IReadOnlyDictionary<string, string> TagTypes { get; init; } = new Dictionary<string, string>();

    public IReadOnlyList<TableMapping> Tables { get; init; } = [];

    /// <summary>Case-insensitive patterns: an organisation whose name matches is also a <c>schema:Museum</c>.</summary>
    public IReadOnlyList<string> MuseumNamePatterns { get; init; } = [];

    /// <summary>Labels of known topics.</summary>
    public TopicLabels Topics { get; init; } = TopicLabels.Empty;

    private static readonly Lazy<MappingConfiguration> s_default = new(LoadDefault);

    /// <summary>The configuration shipped with the converter (<c>ontology/mapping.json</c> and <c>ontology/topics.json</c>).</summary>
    public static MappingConfiguration Default => s_default.Value;

    internal static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>Reads a mapping file; topic labels come from <paramref name="topicsPath"/> when given, else the shipped ones.</summary>
    public static MappingConfiguration Load(string mappingPath, string? topicsPath = null)
    {
        using var mapping = File.OpenRead(mappingPath);
        var topics = topicsPath is null ? Default.Topics : TopicLabels.Load(topicsPath);
        return Parse(mapping) with { Topics = topics };
    }

    internal static MappingConfiguration Parse(Stream json) =>
        JsonSerializer.Deserialize<MappingConfiguration>(json, JsonOptions)
        ?? throw new InvalidDataException("The mapping configuration is empty.");

    private static MappingConfiguration LoadDefault()
    {
        var assembly = typeof(MappingConfiguration).Assembly;
        using var mapping = assembly.GetManifestResourceStream("Graph.Mapping.mapping.json")
            ?? throw new InvalidOperationException("mapping.json is not embedded in Graph.Mapping.");
        using var topics = assembly.GetManifestResourceStream("Graph.Mapping.topics.json")
            ?? throw new InvalidOperationException("topics.json is not embedded in Graph.Mapping.");
        return Parse(mapping) with { Topics = TopicLabels.Parse(topics) };
    }

    /// <summary>True when the name matches one of <see cref="MuseumNamePatterns"/>.</summary>
    internal bool LooksLikeMuseum(string name)
    {
        foreach (var p in MuseumNamePatterns)
            if (Regex.IsMatch(name, p, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)) return true;
        return false;
    }
}
