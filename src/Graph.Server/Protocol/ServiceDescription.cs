using System.Globalization;
using Graph.Core.Terms;
using Graph.Core.Vocabularies;
using Graph.Store;
using Void = Graph.Core.Vocabularies.Void;

namespace Graph.Server.Protocol;

/// <summary>
/// The SPARQL 1.1 Service Description (https://www.w3.org/TR/sparql11-service-description/) the endpoint returns to a
/// GET without a query: the endpoint, the languages and result formats it supports, and its default dataset with the
/// size of each graph.
/// </summary>
internal static class ServiceDescription
{
    public const string Sd = "http://www.w3.org/ns/sparql-service-description#";
    private const string Formats = "http://www.w3.org/ns/formats/";

    private static readonly string[] ResultFormats =
        ["SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV", "Turtle", "N-Triples", "JSON-LD", "RDF_XML", "N-Quads", "TriG"];

    public static IReadOnlyList<KeyValuePair<string, string>> Prefixes { get; } =
        [new("sd", Sd), new("formats", Formats), new("void", Void.Namespace), new("rdf", Rdf.Namespace), new("xsd", Xsd.Namespace)];

    public static List<Quad> Build(string endpoint, DatasetSnapshot snapshot, bool updates)
    {
        var quads = new List<Quad>();
        var service = new BlankNode("service");
        var dataset = new BlankNode("dataset");
        void Add(Term s, string p, Term o) => quads.Add(new Quad(s, new Iri(p.StartsWith("http", StringComparison.Ordinal) ? p : Sd + p), o));

        Add(service, Rdf.Type.Value, new Iri(Sd + "Service"));
        Add(service, "endpoint", new Iri(endpoint));
        Add(service, "supportedLanguage", new Iri(Sd + "SPARQL11Query"));
        if (updates) Add(service, "supportedLanguage", new Iri(Sd + "SPARQL11Update"));
        foreach (var f in ResultFormats) Add(service, "resultFormat", new Iri(Formats + f));
        Add(service, "defaultDataset", dataset);
        Add(dataset, Rdf.Type.Value, new Iri(Sd + "Dataset"));

        var store = snapshot.Store;
        var defaultGraph = new BlankNode("defaultGraph");
        Add(dataset, "defaultGraph", defaultGraph);
        Add(defaultGraph, Rdf.Type.Value, new Iri(Sd + "Graph"));
        Add(defaultGraph, Void.Triples.Value, Count(store.CountMatches(0, 0, 0, TermId.DefaultGraph)));
        var n = 0;
        foreach (var g in store.Graphs)
        {
            if (g == TermId.DefaultGraph || store.Dictionary.Decode(g) is not Iri name) continue;
            var named = new BlankNode("named" + (++n).ToString(CultureInfo.InvariantCulture));
            var graph = new BlankNode("graph" + n.ToString(CultureInfo.InvariantCulture));
            Add(dataset, "namedGraph", named);
            Add(named, Rdf.Type.Value, new Iri(Sd + "NamedGraph"));
            Add(named, "name", name);
            Add(named, "graph", graph);
            Add(graph, Rdf.Type.Value, new Iri(Sd + "Graph"));
            Add(graph, Void.Triples.Value, Count(store.CountMatches(0, 0, 0, g)));
        }
        return quads;
    }

    private static Literal Count(int n) => new(n.ToString(CultureInfo.InvariantCulture), Xsd.Integer);
}
