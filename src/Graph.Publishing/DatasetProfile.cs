using Graph.Core.Terms;

namespace Graph.Publishing;

/// <summary>
/// What the publisher says about the dataset, beside what is counted from the data: the input of
/// <see cref="Descriptions.VoidDescription"/> and <see cref="Descriptions.DcatDescription"/>. Everything here comes from
/// configuration (<c>ontology/mapping.json</c>) or the command line, never from the clock, so descriptions are
/// deterministic.
/// </summary>
public sealed record DatasetProfile
{
    /// <summary>The dataset's IRI (<c>{base}dataset</c> in the converter's output).</summary>
    public required Iri Dataset { get; init; }

    /// <summary>The namespace every resource of the dataset lives in (<c>void:uriSpace</c>); ends with <c>/</c> or <c>#</c>.</summary>
    public required string UriSpace { get; init; }

    /// <summary>Where the dump files can be downloaded from (default: <see cref="UriSpace"/>).</summary>
    public string? DownloadBase { get; init; }

    /// <summary>Language tag → title (<c>dct:title</c>).</summary>
    public IReadOnlyDictionary<string, string> Title { get; init; } = new Dictionary<string, string>();

    /// <summary>Language tag → description (<c>dct:description</c>).</summary>
    public IReadOnlyDictionary<string, string> Description { get; init; } = new Dictionary<string, string>();

    /// <summary>IRI of the licence of the data, or null.</summary>
    public string? License { get; init; }

    public DatasetPublisher? Publisher { get; init; }

    public ContactPoint? ContactPoint { get; init; }

    /// <summary>Free keywords (<c>dcat:keyword</c>).</summary>
    public IReadOnlyList<string> Keywords { get; init; } = [];

    /// <summary>BCP 47 tags of the languages of the data (<c>dct:language</c>).</summary>
    public IReadOnlyList<string> Languages { get; init; } = [];

    /// <summary>The dump files, each a <c>void:dataDump</c> and a <c>dcat:Distribution</c>.</summary>
    public IReadOnlyList<DumpDistribution> Dumps { get; init; } = [];

    /// <summary>The SPARQL endpoint when the dataset is served (<c>void:sparqlEndpoint</c>, a <c>dcat:DataService</c>).</summary>
    public Iri? SparqlEndpoint { get; init; }

    /// <summary>A human page about the dataset (<c>dcat:landingPage</c>), e.g. the server's query page.</summary>
    public Iri? LandingPage { get; init; }

    /// <summary>When the dataset was first issued; null derives it from the data (earliest date in it).</summary>
    public DateOnly? Issued { get; init; }

    /// <summary>When the dataset last changed; null derives it from the data (latest date in it).</summary>
    public DateOnly? Modified { get; init; }

    internal string EffectiveDownloadBase => DownloadBase ?? UriSpace;

    internal Iri DownloadUrl(DumpDistribution dump) => new(EffectiveDownloadBase + dump.File);
}
