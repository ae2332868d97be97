using System.Text;
using Graph.Core.Diagnostics;
using Graph.Core.Terms;
using Graph.IO.JsonLd;

namespace Graph.IO.Tests.JsonLd;

public class JsonLdReaderTests
{
    private static List<Quad> Read(string json, string? baseIri = null)
    {
        var sink = new QuadList();
        new JsonLdReader().Read(new MemoryStream(Encoding.UTF8.GetBytes(json)), sink, new RdfReaderOptions { BaseIri = baseIri, FileName = "doc.jsonld" });
        return sink.Quads;
    }

    [Fact]
    public void JsonSyntaxErrorsCarryLineAndColumnInCodePoints()
    {
        var e = Assert.Throws<RdfSyntaxException>(() => Read("{\n  \"é\": \"à\" \"x\"\n}"));
        Assert.Equal(2, e.First.Position.Line);
        Assert.Equal(12, e.First.Position.Column);
        Assert.Equal("doc.jsonld", e.First.File);
        Assert.StartsWith("\"x\"", e.First.OffendingText);
    }

    [Fact]
    public void UnmappedRemoteContextIsAClearErrorNamingTheIri()
    {
        var e = Assert.Throws<JsonLdException>(() => Read("""{"@context": "https://unknown.example/ctx.jsonld", "@id": "http://a", "name": "x"}"""));
        Assert.Equal("loading remote context failed", e.Code);
        Assert.Contains("https://unknown.example/ctx.jsonld", e.Message);
    }

    [Fact]
    public void SchemaOrgContextResolvesFromTheShippedCopy()
    {
        var quads = Read("""{"@context": "https://schema.org/", "@id": "http://example.org/a", "@type": "Person", "name": "Ada", "sameAs": "http://example.org/ada"}""");
        Assert.Contains(quads, q => q.Predicate.Equals(new Iri("http://schema.org/sameAs")) && q.Object.Equals(new Iri("http://example.org/ada")));
        Assert.Contains(quads, q => q.Object.Equals(new Iri("http://schema.org/Person")));
        Assert.Contains(quads, q => q.Object.Equals(Literal.String("Ada")));
    }

    [Fact]
    public void BlankNodesAreScopedPerDocument()
    {
        const string doc = """{"@id": "_:x", "http://example.org/p": "v"}""";
        var first = Read(doc);
        var second = Read(doc);
        Assert.NotEqual(first[0].Subject, second[0].Subject);
    }

    [Fact]
    public void ProcessingErrorsKeepTheirSpecCode()
    {
        var e = Assert.Throws<JsonLdException>(() => Read("""{"@id": 5, "http://example.org/p": "v"}"""));
        Assert.Equal("invalid @id value", e.Code);
    }
}
