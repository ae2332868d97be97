namespace Graph.IO.JsonLd;

/// <summary>The shape of JSON-LD a <see cref="JsonLdWriter"/> produces.</summary>
public enum JsonLdWriteMode
{
    /// <summary>One <c>@graph</c> of node objects, with the short terms of a context (default: <c>ontology/context.jsonld</c>).</summary>
    Compacted,

    /// <summary>Expanded form (JSON-LD 1.1 §5.1): full IRIs, every value an object in an array; needs no context to read.</summary>
    Expanded,
}
