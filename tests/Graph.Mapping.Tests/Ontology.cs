using System.Text;
using Graph.Core.Terms;
using Graph.IO;
using Graph.Shacl;
using Graph.Testing;

namespace Graph.Mapping.Tests;

/// <summary>The repository's <c>ontology/</c> files, read with our Turtle reader.</summary>
internal static class Ontology
{
    private static readonly Lazy<ShapesGraph> s_shapes = new(() => ShapesGraph.FromQuads(Read("shapes.ttl")));

    public static string Folder => Path.Combine(SharedData.RepositoryRoot, "ontology");

    public static ShapesGraph Shapes => s_shapes.Value;

    public static List<Quad> Read(string file) => ParseTurtle(File.ReadAllText(Path.Combine(Folder, file)), file);

    public static List<Quad> ParseTurtle(string text, string fileName = "test.ttl")
    {
        var sink = new QuadList();
        RdfSyntaxes.CreateReader(RdfFormat.Turtle).Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), sink,
            new RdfReaderOptions { FileName = fileName, BaseIri = "https://example.org/graph/" });
        return sink.Quads;
    }
}
