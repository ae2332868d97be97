using System.Text;
using Graph.Core.Terms;
using Graph.IO;

namespace Graph.Shacl.Tests;

/// <summary>Turtle text → quads, with the usual prefixes declared, for writing shapes and data in tests.</summary>
internal static class Turtle
{
    private const string Prefixes = """
        @prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
        @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
        @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
        @prefix sh: <http://www.w3.org/ns/shacl#> .
        @prefix schema: <http://schema.org/> .
        @prefix ex: <http://example.org/> .

        """;

    public static List<Quad> Parse(string turtle)
    {
        var sink = new QuadList();
        RdfSyntaxes.CreateReader(RdfFormat.Turtle).Read(new MemoryStream(Encoding.UTF8.GetBytes(Prefixes + turtle)), sink, new RdfReaderOptions { BaseIri = "http://example.org/" });
        return sink.Quads;
    }

    public static ValidationReport Validate(string shapes, string data) =>
        ShaclValidator.Validate(Parse(data), ShapesGraph.FromQuads(Parse(shapes)));
}
