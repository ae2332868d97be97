namespace Graph.IO.JsonLd;

/// <summary>A term definition of an active context (JSON-LD 1.1 API §4.2, https://www.w3.org/TR/json-ld11-api/#create-term-definition).</summary>
internal sealed class TermDefinition
{
    /// <summary>The IRI mapping (an IRI, blank node identifier or keyword); null when the term was defined with <c>"@id": null</c>.</summary>
    public string? Iri;
    public bool Prefix;
    public bool Protected;
    public bool Reverse;
    public string? BaseUrl;
    public bool HasContext;
    public object? Context;
    /// <summary>Container mapping, sorted; null when there is none.</summary>
    public List<string>? Container;
    public bool HasDirection;
    public string? Direction;
    public string? Index;
    public bool HasLanguage;
    public string? Language;
    public string? Nest;
    public string? Type;

    public bool HasContainer(string c) => Container is not null && Container.Contains(c);

    /// <summary>Equality apart from the protected flag (§4.2 step 27.1).</summary>
    public bool SameAs(TermDefinition o) =>
        Iri == o.Iri && Prefix == o.Prefix && Reverse == o.Reverse && HasContext == o.HasContext && Json.DeepEquals(Context, o.Context)
        && (Container ?? []).SequenceEqual(o.Container ?? []) && HasDirection == o.HasDirection && Direction == o.Direction
        && Index == o.Index && HasLanguage == o.HasLanguage && Language == o.Language && Nest == o.Nest && Type == o.Type;
}
