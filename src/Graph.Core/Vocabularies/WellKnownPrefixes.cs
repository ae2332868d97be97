namespace Graph.Core.Vocabularies;

/// <summary>The prefixes writers may use when the caller gives none; only those actually used get written.</summary>
public static class WellKnownPrefixes
{
    public static readonly IReadOnlyList<KeyValuePair<string, string>> All =
    [
        new("rdf", Rdf.Namespace),
        new("rdfs", Rdfs.Namespace),
        new("xsd", Xsd.Namespace),
        new("owl", Owl.Namespace),
        new("skos", Skos.Namespace),
        new("schema", Schema.Namespace),
        new("void", Void.Namespace),
        new("dcat", Dcat.Namespace),
        new("dcterms", Dcterms.Namespace),
        new("prov", Prov.Namespace),
        new("sh", Sh.Namespace),
    ];
}
