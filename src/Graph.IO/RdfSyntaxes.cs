namespace Graph.IO;

/// <summary>The registry of readers and writers, by format. The one place that knows which class implements which syntax.</summary>
public static class RdfSyntaxes
{
    public static IRdfReader CreateReader(RdfFormat format) => format.Name switch
    {
        "nt" => new NTriples.NTriplesReader(quads: false),
        "nq" => new NTriples.NTriplesReader(quads: true),
        "ttl" => new Turtle.TurtleReader(trig: false),
        "trig" => new Turtle.TurtleReader(trig: true),
        "rdfxml" => new RdfXml.RdfXmlReader(),
        "jsonld" => new JsonLd.JsonLdReader(),
        _ => throw new NotSupportedException($"Reading {format.DisplayName} is not supported yet."),
    };

    public static IRdfWriter CreateWriter(RdfFormat format) => format.Name switch
    {
        "nt" => new NTriples.NTriplesWriter(),
        "nq" => new NTriples.NQuadsWriter(),
        "ttl" => new Turtle.TurtleWriter(),
        "trig" => new Turtle.TriGWriter(),
        "rdfxml" => new RdfXml.RdfXmlWriter(),
        "jsonld" => new JsonLd.JsonLdWriter(),
        _ => throw new NotSupportedException($"Writing {format.DisplayName} is not supported yet."),
    };
}
