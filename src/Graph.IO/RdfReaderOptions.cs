namespace Graph.IO;

/// <summary>How to read a document.</summary>
public sealed record RdfReaderOptions
{
    /// <summary>The base IRI relative references resolve against (usually the document's own IRI).</summary>
    public string? BaseIri { get; init; }

    /// <summary>The file name used in error messages.</summary>
    public string? FileName { get; init; }

    /// <summary>
    /// Prefix for blank node labels, so that blank nodes of different documents loaded into one store never merge.
    /// Null lets the reader pick a fresh one per document.
    /// </summary>
    public string? BlankNodePrefix { get; init; }

    /// <summary>Stop after this many errors (readers report all errors they can recover from).</summary>
    public int MaxErrors { get; init; } = 100;
}
