using Graph.Core.Terms;

namespace Graph.Core.Vocabularies;

/// <summary>VoID (<c>http://rdfs.org/ns/void#</c>).</summary>
public static class Void
{
    public const string Namespace = "http://rdfs.org/ns/void#";

    public static readonly Iri Dataset = new(Namespace + "Dataset");
    public static readonly Iri Triples = new(Namespace + "triples");
    public static readonly Iri Entities = new(Namespace + "entities");
    public static readonly Iri Classes = new(Namespace + "classes");
    public static readonly Iri Properties = new(Namespace + "properties");
    public static readonly Iri DistinctSubjects = new(Namespace + "distinctSubjects");
    public static readonly Iri DistinctObjects = new(Namespace + "distinctObjects");
    public static readonly Iri DataDump = new(Namespace + "dataDump");
    public static readonly Iri SparqlEndpoint = new(Namespace + "sparqlEndpoint");
    public static readonly Iri ClassPartition = new(Namespace + "classPartition");
    public static readonly Iri PropertyPartition = new(Namespace + "propertyPartition");
    public static readonly Iri Class = new(Namespace + "class");
    public static readonly Iri Property = new(Namespace + "property");
    public static readonly Iri UriSpace = new(Namespace + "uriSpace");
    public static readonly Iri Vocabulary = new(Namespace + "vocabulary");
    public static readonly Iri ExampleResource = new(Namespace + "exampleResource");
    public static readonly Iri RootResource = new(Namespace + "rootResource");
}
