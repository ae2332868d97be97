using Graph.IO;
using Graph.Sparql.Results;

namespace Graph.Server.Protocol;

/// <summary>
/// A syntax the server can answer in: a SPARQL results format (<see cref="Results"/>) or an RDF syntax
/// (<see cref="Rdf"/>), its media type (sent as Content-Type), other media types that select it in an Accept header,
/// and the short names <c>?format=</c> accepts.
/// </summary>
internal sealed record ResponseFormat(
    string MediaType,
    SparqlResultsFormat? Results,
    RdfFormat? Rdf,
    IReadOnlyList<string> AlsoAccepted,
    IReadOnlyList<string> Names)
{
    /// <summary>The Content-Type header value (every format we write is UTF-8).</summary>
    public string ContentType { get; } = MediaType + "; charset=utf-8";

    public static readonly ResponseFormat Json = new("application/sparql-results+json", SparqlResultsFormat.Json, null, ["application/json"], ["json", "srj"]);
    public static readonly ResponseFormat Xml = new("application/sparql-results+xml", SparqlResultsFormat.Xml, null, ["application/xml", "text/xml"], ["xml", "srx"]);
    public static readonly ResponseFormat Csv = new("text/csv", SparqlResultsFormat.Csv, null, [], ["csv"]);
    public static readonly ResponseFormat Tsv = new("text/tab-separated-values", SparqlResultsFormat.Tsv, null, [], ["tsv"]);

    public static readonly ResponseFormat Turtle = new(RdfFormat.Turtle.MediaType, null, RdfFormat.Turtle, ["application/x-turtle"], ["ttl", "turtle"]);
    public static readonly ResponseFormat NTriples = new(RdfFormat.NTriples.MediaType, null, RdfFormat.NTriples, ["text/plain"], ["nt", "ntriples", "n-triples"]);
    public static readonly ResponseFormat JsonLd = new(RdfFormat.JsonLd.MediaType, null, RdfFormat.JsonLd, ["application/json"], ["jsonld", "json-ld", "json"]);
    public static readonly ResponseFormat RdfXml = new(RdfFormat.RdfXml.MediaType, null, RdfFormat.RdfXml, ["application/xml", "text/xml"], ["rdfxml", "rdf", "xml", "owl"]);
    public static readonly ResponseFormat NQuads = new(RdfFormat.NQuads.MediaType, null, RdfFormat.NQuads, [], ["nq", "nquads", "n-quads"]);
    public static readonly ResponseFormat TriG = new(RdfFormat.TriG.MediaType, null, RdfFormat.TriG, [], ["trig"]);

    /// <summary>SELECT and ASK results, in the server's order of preference (the first is the default).</summary>
    public static IReadOnlyList<ResponseFormat> Tabular { get; } = [Json, Xml, Csv, Tsv];

    /// <summary>Graphs (CONSTRUCT, DESCRIBE, one graph of the store), in order of preference.</summary>
    public static IReadOnlyList<ResponseFormat> Graphs { get; } = [Turtle, NTriples, JsonLd, RdfXml, NQuads, TriG];

    /// <summary>Whole datasets (named graphs kept), in order of preference.</summary>
    public static IReadOnlyList<ResponseFormat> Datasets { get; } = [TriG, NQuads, JsonLd];

    public bool IsNamed(string name) => Names.Contains(name, StringComparer.OrdinalIgnoreCase)
        || MediaType.Equals(name, StringComparison.OrdinalIgnoreCase);

    public override string ToString() => MediaType;
}
