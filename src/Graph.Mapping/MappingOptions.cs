using Graph.Mapping.Configuration;

namespace Graph.Mapping;

/// <summary>Options of <see cref="VaultConverter"/>.</summary>
public sealed record MappingOptions
{
    public static readonly MappingOptions Default = new();

    /// <summary>Base of every minted IRI (<c>--base</c>); null uses the configuration's. Must end with <c>/</c> or <c>#</c>
    /// (a <c>/</c> is added otherwise).</summary>
    public string? BaseIri { get; init; }

    /// <summary>The mapping configuration (default: <c>ontology/mapping.json</c> and <c>ontology/topics.json</c> as shipped).</summary>
    public MappingConfiguration Configuration { get; init; } = MappingConfiguration.Default;

    /// <summary>Whether to add the <c>schema:Dataset</c> / <c>void:Dataset</c> description. Default true.</summary>
    public bool DescribeDataset { get; init; } = true;

    /// <summary>The dump files the caller writes, described by the dataset node; null uses the configuration's list.</summary>
    public IReadOnlyList<DumpFile>? Dumps { get; init; }

    /// <summary>How the statements are distributed over graphs (default: all in the default graph).</summary>
    public GraphLayout Graphs { get; init; } = GraphLayout.Single;

    /// <summary>Options of the vault reader (null: its defaults, with the configuration's site-wide titles).</summary>
    public Graph.Vault.VaultReaderOptions? ReaderOptions { get; init; }

    internal string EffectiveBase
    {
        get
        {
            var b = string.IsNullOrWhiteSpace(BaseIri) ? Configuration.BaseIri : BaseIri.Trim();
            return b.EndsWith('/') || b.EndsWith('#') ? b : b + "/";
        }
    }
}
