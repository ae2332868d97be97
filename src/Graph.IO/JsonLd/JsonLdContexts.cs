namespace Graph.IO.JsonLd;

/// <summary>
/// The contexts that ship with Graph. <see cref="Graph"/> is <c>ontology/context.jsonld</c> of the repository, embedded in
/// this assembly at build time so that the writer needs no file at run time.
/// </summary>
public static class JsonLdContexts
{
    private static readonly Lazy<string> s_graph = new(() => System.Text.Encoding.UTF8.GetString(LocalDocumentLoader.ReadResource("Graph.IO.JsonLd.graph-context.jsonld")));

    /// <summary>The text of <c>ontology/context.jsonld</c>: Schema.org, SKOS, VoID and DCAT terms of the converter's graph.</summary>
    public static string Graph => s_graph.Value;
}
