namespace Graph.IO.JsonLd;

/// <summary>Options of the JSON-LD processing algorithms (JSON-LD 1.1 API §9.3, https://www.w3.org/TR/json-ld11-api/#the-jsonldoptions-type).</summary>
public sealed record JsonLdOptions
{
    /// <summary>The base IRI of the document (overrides the document's own URL).</summary>
    public string? Base { get; init; }

    /// <summary>Compact single-element arrays to their element.</summary>
    public bool CompactArrays { get; init; } = true;

    /// <summary>Compact IRIs relative to the base IRI.</summary>
    public bool CompactToRelative { get; init; } = true;

    /// <summary>Resolves remote contexts and documents; never the network unless the caller supplies such a loader.</summary>
    public IJsonLdDocumentLoader DocumentLoader { get; init; } = LocalDocumentLoader.Default;

    /// <summary>A context applied before the document's own (a parsed JSON value or an IRI string).</summary>
    public object? ExpandContext { get; init; }

    /// <summary>Process keys in code point order (slower; for reproducible results of the generic algorithms).</summary>
    public bool Ordered { get; init; }

    /// <summary><c>json-ld-1.0</c> or <c>json-ld-1.1</c>.</summary>
    public string ProcessingMode { get; init; } = "json-ld-1.1";

    /// <summary>Emit triples with blank-node predicates.</summary>
    public bool ProduceGeneralizedRdf { get; init; }

    /// <summary>null, <c>i18n-datatype</c> or <c>compound-literal</c>: how <c>@direction</c> maps to RDF.</summary>
    public string? RdfDirection { get; init; }

    /// <summary>fromRdf: turn xsd:integer, xsd:double and xsd:boolean literals into JSON numbers and booleans.</summary>
    public bool UseNativeTypes { get; init; }

    /// <summary>fromRdf: keep rdf:type as a property instead of <c>@type</c>.</summary>
    public bool UseRdfType { get; init; }

    internal bool IsJsonLd10 => ProcessingMode == "json-ld-1.0";
}
