namespace Graph.IO.JsonLd;

/// <summary>How a <see cref="JsonLdWriter"/> writes: mode and context.</summary>
public sealed record JsonLdWriterSettings
{
    public JsonLdWriteMode Mode { get; init; } = JsonLdWriteMode.Compacted;

    /// <summary>
    /// The context document text (a JSON object with an <c>@context</c> entry) whose terms the compacted form uses;
    /// null means <see cref="JsonLdContexts.Graph"/>.
    /// </summary>
    public string? Context { get; init; }

    /// <summary>
    /// When set, the output refers to the context by this URL instead of embedding it (readers must then be able to load
    /// it); by default the context is embedded so that the file is self-contained.
    /// </summary>
    public string? ContextUrl { get; init; }
}
