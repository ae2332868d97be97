namespace Graph.IO.JsonLd;

/// <summary>The active context: term definitions and defaults in force at a point of a document (JSON-LD 1.1 API §4.1).</summary>
internal sealed class ActiveContext
{
    public Dictionary<string, TermDefinition> Terms = new(StringComparer.Ordinal);
    public string? BaseIri;
    public string? OriginalBaseUrl;
    public string? Vocab;
    public string? DefaultLanguage;
    public string? DefaultDirection;
    public ActiveContext? PreviousContext;
    public InverseContext? Inverse;
    public required JsonLdOptions Options;
    /// <summary>Remote contexts already dereferenced (§4.1 step 5.2.4), shared by every context derived from one processing run.</summary>
    public Dictionary<string, RemoteDocument> RemoteCache = new(StringComparer.Ordinal);

    public static ActiveContext Initial(string? baseIri, JsonLdOptions options) =>
        new() { BaseIri = baseIri, OriginalBaseUrl = baseIri, Options = options };

    public ActiveContext Clone() => new()
    {
        Terms = new Dictionary<string, TermDefinition>(Terms, StringComparer.Ordinal),
        BaseIri = BaseIri,
        OriginalBaseUrl = OriginalBaseUrl,
        Vocab = Vocab,
        DefaultLanguage = DefaultLanguage,
        DefaultDirection = DefaultDirection,
        PreviousContext = PreviousContext,
        Options = Options,
        RemoteCache = RemoteCache,
    };

    public TermDefinition? Get(string? term) => term is not null && Terms.TryGetValue(term, out var d) ? d : null;

    public InverseContext GetInverse() => Inverse ??= InverseContext.Create(this);

    public bool IsJsonLd10 => Options.IsJsonLd10;
}
