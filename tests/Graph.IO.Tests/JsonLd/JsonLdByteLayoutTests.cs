using System.Text;
using Graph.Core.Diagnostics;
using Graph.IO.JsonLd;
using Graph.IO.NTriples;
using Graph.Testing;

namespace Graph.IO.Tests.JsonLd;

/// <summary>
/// N-Triples / N-Quads read into the JSON-LD stream writer arrive as bytes (<see cref="CompactedIdLayout"/>); the same
/// statements as objects go through <see cref="DatasetLayout"/>. Both must write the same bytes, including when the
/// byte layout gives the document over to the object one (cycles, named graphs, IRIs the context would misread).
/// </summary>
public sealed class JsonLdByteLayoutTests
{
    private const string Xsd = "http://www.w3.org/2001/XMLSchema#";
    private const string Schema = "http://schema.org/";

    // A context with a default language, a language container, prefixes that overlap and a coerced term.
    private const string OtherContext = """
        { "@context": { "@vocab": "http://e/", "@language": "en", "e": "http://e/", "ex": "http://e/x", "xsd": "http://www.w3.org/2001/XMLSchema#",
          "label": { "@id": "http://e/label", "@container": "@language" }, "n": { "@id": "http://e/n", "@type": "xsd:integer" },
          "ref": { "@id": "http://e/ref", "@type": "@id" }, "plain": { "@id": "http://e/plain", "@language": null } } }
        """;

    [Theory]
    [InlineData("<http://e/s> <http://e/p> \"x\" .\n<http://e/s> <http://e/p> \"x\" .\n<http://e/a> <http://e/p> \"b\"@en .\n")]
    [InlineData("<http://e/s> <http://e/p> _:a .\n_:a <http://e/q> _:b .\n_:b <http://e/r> \"1\"^^<" + Xsd + "integer> .\n_:b <http://e/s> <http://e/s> .\n")]
    [InlineData("_:a <http://e/p> _:b .\n_:b <http://e/p> _:a .\n<http://e/s> <http://e/p> _:c .\n_:c <http://e/p> _:c .\n")]
    [InlineData("_:x <http://e/p> \"z\" .\n<http://e/s> <http://e/p> _:y .\n<http://e/t> <http://e/p> _:y .\n_:y <http://e/p> \"\\n\\\"<&>\\u0001\" .\n<http://e/s> <http://e/q> _:z .\n")]
    [InlineData("<http://e/s> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <" + Schema + "Person> .\n<http://e/s> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://e/C> .\n<http://e/s> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <" + Schema + "Person> .\n<http://e/s> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> _:t .\n<http://e/s> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> \"lit\" .\n")]
    [InlineData("<http://e/\uE000> <http://e/p> \"a\" .\n<http://e/\U0001F600> <http://e/p> \"b\\U0001F600 \\u2028\" .\n<http://e/\u00e9> <http://e/p> \"\u00e9\" .\n")]
    [InlineData("<http://e/s> <http://e/p> \"2\"^^<" + Xsd + "string> .\n<http://e/s> <http://e/p> \"2\" .\n<http://e/s> <http://e/p> \"1.5\"^^<" + Xsd + "decimal> .\n<http://e/s> <http://e/p> \"d\"^^<http://e/dt> .\n<http://e/s> <http://e/p> \"2\"@en .\n<http://e/s> <http://e/p> \"2\"@de .\n<http://e/s> <http://e/p> <http://e/2> .\n<http://e/s> <http://e/p> _:b .\n")]
    [InlineData("<http://e/s> <http://e/n> \"007\"^^<" + Xsd + "integer> .\n<http://e/s> <http://e/n> \"-0\"^^<" + Xsd + "integer> .\n<http://e/s> <http://e/n> \"12\"^^<" + Xsd + "integer> .\n<http://e/s> <http://e/n> \"99999999999999999\"^^<" + Xsd + "integer> .\n<http://e/s> <http://e/b> \"true\"^^<" + Xsd + "boolean> .\n<http://e/s> <http://e/b> \"1\"^^<" + Xsd + "boolean> .\n")]
    [InlineData("<http://e/s> <http://e/label> \"a\"@en .\n<http://e/s> <http://e/label> \"b\"@en .\n<http://e/s> <http://e/label> \"c\" .\n<http://e/s> <http://e/label> \"d\"@fr .\n<http://e/s> <http://e/plain> \"p\" .\n<http://e/s> <http://e/plain> \"q\"@en .\n<http://e/s> <http://e/ref> <http://e/x1> .\n<http://e/s> <http://e/ref> _:r .\n<http://e/s> <http://e/n> \"5\"^^<" + Xsd + "integer> .\n")]
    [InlineData("<http://e/s> <" + Schema + "name> \"n\" .\n<http://e/s> <" + Schema + "url> <http://e/u> .\n<http://e/s> <" + Schema + "dateCreated> \"2020-01-01\"^^<" + Xsd + "date> .\n<http://e/s> <" + Schema + "dateCreated> \"x\" .\n<http://e/s> <" + Schema + "jobTitle> \"j\"@fr .\n<http://e/s> <http://www.w3.org/2004/02/skos/core#prefLabel> \"l\"@en .\n")]
    [InlineData("<xsd:date> <http://e/p> \"confused with a prefix\" .\n")]
    [InlineData("<http://e/s> <http://e/p> <http://e/o> <http://e/g> .\n<http://e/s> <http://e/p> _:a .\n_:a <http://e/q> \"1\" .\n")]
    [InlineData("")]
    public void BytesAndObjectsWriteTheSame(string nQuads)
    {
        AssertSame(nQuads, new JsonLdWriterSettings());
        AssertSame(nQuads, new JsonLdWriterSettings { Context = OtherContext });
        AssertSame(nQuads, new JsonLdWriterSettings { Mode = JsonLdWriteMode.Expanded });
    }

    [Theory]
    [InlineData("<http://e/s> <http://e/p> _:a .\n_:a <http://e/q> \"1\" .\n_:b <http://e/q> _:b2 .\n", true)]
    [InlineData("_:a <http://e/p> _:b .\n_:b <http://e/p> _:a .\n", false)]
    [InlineData("<xsd:date> <http://e/p> \"confused with a prefix\" .\n", false)]
    public void TheIdPathTakesTheCommonShape(string nTriples, bool taken)
    {
        var layout = new CompactedIdLayout();
        var sink = new IdLayoutSink(layout);
        new NTriplesReader(false).Read(new MemoryStream(Encoding.UTF8.GetBytes(nTriples)), sink, new RdfReaderOptions());
        Assert.Equal(taken, new JsonLdWriter().TryWriteCompacted(layout, new MemoryStream()));
    }

    private sealed class IdLayoutSink(CompactedIdLayout layout) : IUtf8QuadSink
    {
        public void OnQuad(in Utf8Quad quad) => layout.Add(quad);

        public void OnQuad(in Graph.Core.Terms.Quad quad) => throw new InvalidOperationException("bytes expected");
    }

    [Theory]
    [InlineData(10)]
    [InlineData(70)]
    public void NestedChainsWriteTheSame(int depth)
    {
        var text = new StringBuilder("<http://e/s> <http://e/p> _:n0 .\n");
        for (var i = 0; i < depth; i++) text.Append($"_:n{i} <http://e/p> _:n{i + 1} .\n_:n{i} <http://e/q> \"{i}\" .\n");
        AssertSame(text.ToString(), new JsonLdWriterSettings());
    }

    [Fact]
    public void DatatypesWhoseIdHasA0xFFByteWriteTheSame()
    {
        // Term ids are numbered in order of appearance: one of these datatypes gets id 255 (a 0xFF byte in its key).
        var text = new StringBuilder();
        for (var i = 0; i < 300; i++)
            text.Append($"<http://e/s{i}> <http://e/p> \"{i}\"^^<http://e/dt{i}> .\n");
        AssertSame(text.ToString(), new JsonLdWriterSettings());
    }

    [Fact]
    public void W3cNTriplesFilesWriteTheSame()
    {
        var root = SharedData.Require("w3c/rdf-tests/rdf/rdf11");
        var files = Directory.GetFiles(root, "*.nt", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(files);
        foreach (var file in files) AssertSameIfValid(file);
    }

    [Fact]
    public void W3cJsonLdFromRdfInputsWriteTheSame()
    {
        var root = SharedData.Require("w3c/json-ld-api/tests");
        var files = Directory.GetFiles(Path.Combine(root, "fromRdf"), "*.nq")
            .Concat(Directory.GetFiles(Path.Combine(root, "toRdf"), "*.nq")).Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(files);
        foreach (var file in files) AssertSameIfValid(file);
    }

    private static void AssertSameIfValid(string file)
    {
        var text = File.ReadAllText(file);
        try
        {
            Parse(text, new QuadList());
        }
        catch (RdfSyntaxException)
        {
            return; // negative syntax tests, generalized RDF
        }
        AssertSame(text, new JsonLdWriterSettings(), file);
        AssertSame(text, new JsonLdWriterSettings { Context = OtherContext }, file);
    }

    private static void AssertSame(string nQuads, JsonLdWriterSettings settings, string? file = null)
    {
        var writer = new JsonLdWriter(settings);
        var (fromBytes, bytesError) = Run(() =>
        {
            using var bytes = new MemoryStream();
            using (var stream = writer.OpenStream(bytes, new RdfWriterOptions())!)
            {
                Parse(nQuads, stream);
                stream.Complete();
            }
            return Encoding.UTF8.GetString(bytes.ToArray());
        });
        var list = new QuadList();
        Parse(nQuads, list);
        var (fromTerms, termsError) = Run(() =>
        {
            using var objects = new MemoryStream();
            new JsonLdWriter(settings).Write(list.Quads, objects, new RdfWriterOptions());
            return Encoding.UTF8.GetString(objects.ToArray());
        });
        var (fromObjects, objectsError) = Run(() => ByObjectLayout(list.Quads, settings));
        Assert.True(objectsError == bytesError, $"{file}: {objectsError} / {bytesError}");
        Assert.True(fromObjects == fromBytes, $"{file}:\n{fromObjects}\n---\n{fromBytes}");
        Assert.True(objectsError == termsError, $"{file}: {objectsError} / {termsError}");
        Assert.True(fromObjects == fromTerms, $"{file}:\n{fromObjects}\n---\n{fromTerms}");
    }

    /// <summary>The reference: the object layout (<see cref="DatasetLayout"/>) for every statement.</summary>
    private static string ByObjectLayout(IEnumerable<Graph.Core.Terms.Quad> quads, JsonLdWriterSettings settings)
    {
        using var objects = new MemoryStream();
        new JsonLdWriter(settings).Write(DatasetLayout.Build(quads), objects);
        return Encoding.UTF8.GetString(objects.ToArray());
    }

    [Fact]
    public void TermsBeyondTheIdLayoutGoToTheObjectLayout()
    {
        var s = new Graph.Core.Terms.Iri("http://e/s");
        var p = new Graph.Core.Terms.Iri("http://e/p");
        // A lone surrogate has no UTF-8 form; a named graph and a blank predicate are beyond the id layout.
        Graph.Core.Terms.Quad[] quads =
        [
            new(s, p, new Graph.Core.Terms.Literal("a", "en")),
            new(s, p, new Graph.Core.Terms.Literal("\uD800x", Graph.Core.Vocabularies.Xsd.String)),
            new(s, p, new Graph.Core.Terms.BlankNode("b")),
            new(new Graph.Core.Terms.BlankNode("b"), p, s, new Graph.Core.Terms.Iri("http://e/g")),
        ];
        for (var n = 1; n <= quads.Length; n++)
        {
            using var output = new MemoryStream();
            new JsonLdWriter().Write(quads[..n], output, new RdfWriterOptions());
            Assert.Equal(ByObjectLayout(quads[..n], new JsonLdWriterSettings()), Encoding.UTF8.GetString(output.ToArray()));
        }
    }

    private static (string? Text, string? Error) Run(Func<string> write)
    {
        try
        {
            return (write(), null);
        }
        catch (JsonLdException e)
        {
            return (null, e.Message);
        }
    }

    private static void Parse(string text, IQuadSink sink) =>
        new NTriplesReader(true).Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), sink, new RdfReaderOptions());
}
