using System.Text;
using Graph.Core.Graphs;
using Graph.Core.Terms;
using Graph.Core.Vocabularies;
using Graph.IO.JsonLd;

namespace Graph.IO.Tests.JsonLd;

public class JsonLdWriterTests
{
    private const string Base = "https://example.org/";

    private static readonly Quad[] s_note =
    [
        new(new Iri(Base + "note/a"), Rdf.Type, Schema.Article),
        new(new Iri(Base + "note/a"), Schema.Name, Literal.String("Une note")),
        new(new Iri(Base + "note/a"), Schema.Identifier, Literal.String("Notes/a.md")),
        new(new Iri(Base + "note/a"), new Iri(Schema.Namespace + "dateCreated"), Literal.Date(new DateOnly(2023, 5, 4))),
        new(new Iri(Base + "note/a"), new Iri(Schema.Namespace + "keywords"), Literal.String("musée")),
        new(new Iri(Base + "note/a"), new Iri(Schema.Namespace + "keywords"), Literal.String("open data")),
        new(new Iri(Base + "note/a"), new Iri(Schema.Namespace + "about"), new Iri(Base + "topic/open-data")),
        new(new Iri(Base + "person/x"), Rdf.Type, Schema.Person),
        new(new Iri(Base + "person/x"), new Iri(Schema.Namespace + "jobTitle"), Literal.LangString("Directrice", "fr")),
        new(new Iri(Base + "person/x"), new Iri(Schema.Namespace + "worksFor"), new Iri(Base + "organization/m")),
        new(new Iri(Base + "organization/m"), Rdf.Type, Schema.Museum),
        new(new Iri(Base + "organization/m"), new Iri(Schema.Namespace + "address"), new BlankNode("addr")),
        new(new BlankNode("addr"), new Iri(Schema.Namespace + "addressCountry"), Literal.String("CH")),
        new(new Iri(Base + "topic/open-data"), Rdf.Type, new Iri(Skos.Namespace + "Concept")),
        new(new Iri(Base + "topic/open-data"), new Iri(Skos.Namespace + "prefLabel"), Literal.LangString("Open data", "en")),
        new(new Iri(Base + "topic/open-data"), new Iri(Skos.Namespace + "prefLabel"), Literal.LangString("Données ouvertes", "fr")),
        new(new Iri(Base + "topic/open-data"), new Iri(Skos.Namespace + "notation"), Literal.String("open-data")),
        new(new Iri(Base + "dataset"), new Iri(Graph.Core.Vocabularies.Void.Namespace + "triples"), Literal.Integer(17)),
    ];

    private static string Write(IEnumerable<Quad> quads, JsonLdWriterSettings? settings = null)
    {
        using var ms = new MemoryStream();
        new JsonLdWriter(settings ?? new()).Write(quads, ms, new RdfWriterOptions());
        return Encoding.UTF8.GetString(ms.ToArray());
    }

    private static List<Quad> Read(string json)
    {
        var sink = new QuadList();
        new JsonLdReader().Read(new MemoryStream(Encoding.UTF8.GetBytes(json)), sink, new RdfReaderOptions());
        return sink.Quads;
    }

    [Fact]
    public void CompactedOutputUsesShortTermsAndReadsBackToTheSameGraph()
    {
        var json = Write(s_note);
        Assert.True(Isomorphism.AreIsomorphic(s_note, Read(json)), json);
        Assert.Contains("\"@graph\": [", json);
        Assert.Contains("\"@type\": \"Article\"", json);
        Assert.Contains("\"dateCreated\": \"2023-05-04\"", json);
        Assert.Contains("\"about\": \"https://example.org/topic/open-data\"", json);
        Assert.Contains("\"jobTitle\": {\n", json);
        Assert.Contains("\"fr\": \"Directrice\"", json);
        Assert.Contains("\"@type\": \"Concept\"", json);
        Assert.Contains("\"notation\": \"open-data\"", json);
        Assert.Contains("\"triples\": \"17\"", json);
        Assert.Contains("\"keywords\": [\n", json);
        Assert.Contains("\"musée\"", json);
        // The address is referenced once: nested in its organisation, no blank node label.
        Assert.Contains("\"address\": {\n", json);
        Assert.DoesNotContain("_:", json);
        Assert.DoesNotContain("\r", json);
        Assert.EndsWith("}\n", json);
    }

    [Fact]
    public void EmbeddedContextKeepsOnlyTheTermsTheGraphUses()
    {
        var json = Write(s_note);
        Assert.Contains("\"prefLabel\": {", json);
        Assert.Contains("\"skos\": \"http://www.w3.org/2004/02/skos/core#\"", json);
        Assert.Contains("\"xsd\": ", json);
        Assert.DoesNotContain("\"altLabel\"", json);
        Assert.DoesNotContain("\"prov\"", json);
        Assert.DoesNotContain("\"hasTopConcept\"", json);
    }

    public static TheoryData<string> ToRdfExpectations => JsonLdSuite.Ids("toRdf-manifest.jsonld");

    /// <summary>Every dataset the W3C toRdf tests expect, written compacted and expanded, reads back to the same dataset.</summary>
    [Theory, MemberData(nameof(ToRdfExpectations))]
    public void W3cDatasetsRoundTrip(string id)
    {
        var test = JsonLdSuite.Get("toRdf-manifest.jsonld", id);
        if (test.IsNegative || test.IsSyntaxTest || test.Expect is null) Assert.Skip("no expected dataset (negative or syntax test)");
        if (test.Flag("produceGeneralizedRdf")) Assert.Skip("generalized RDF (blank-node predicates) cannot be written as JSON-LD by this writer");
        var quads = NQuadsFiles.Read(JsonLdSuite.LocalPath(test.Expect));
        foreach (var mode in (JsonLdWriteMode[])[JsonLdWriteMode.Compacted, JsonLdWriteMode.Expanded])
        {
            var json = Write(quads, new JsonLdWriterSettings { Mode = mode });
            var back = Read(json);
            if (!Isomorphism.AreIsomorphic(quads, back))
                Assert.Fail($"{mode}:\n{json}\nread back as:\n{NQuadsFiles.Format(back)}");
        }
    }

    [Fact]
    public void OutputIsByteIdenticalWhateverTheInputOrder()
    {
        var reversed = s_note.Reverse().ToArray();
        Assert.Equal(Write(s_note), Write(reversed));
    }

    [Fact]
    public void ExpandedOutputReadsBackToTheSameGraph()
    {
        var json = Write(s_note, new JsonLdWriterSettings { Mode = JsonLdWriteMode.Expanded });
        Assert.StartsWith("[", json);
        Assert.Contains("\"http://schema.org/name\"", json);
        Assert.True(Isomorphism.AreIsomorphic(s_note, Read(json)), json);
    }

    [Fact]
    public void ValuesThatDoNotFitATermKeepTheirExactForm()
    {
        var s = new Iri(Base + "s");
        Quad[] quads =
        [
            new(s, new Iri(Schema.Namespace + "dateCreated"), Literal.String("not a date")),
            new(s, new Iri(Schema.Namespace + "about"), Literal.String("a literal where an IRI is expected")),
            new(s, new Iri(Schema.Namespace + "url"), new BlankNode("u1")),
            new(s, new Iri(Schema.Namespace + "url"), new BlankNode("u1")),
            new(new BlankNode("u1"), new Iri(Schema.Namespace + "name"), new BlankNode("u2")),
            new(new BlankNode("u2"), new Iri(Schema.Namespace + "name"), new BlankNode("u1")),
            new(s, new Iri("http://example.org/other#p"), Literal.Typed("1.5", Xsd.Decimal)),
            new(s, new Iri(Skos.Namespace + "prefLabel"), Literal.String("no language")),
            new(s, new Iri(Schema.Namespace + "name"), Literal.Typed("true", Xsd.Boolean)),
            new(s, new Iri(Schema.Namespace + "name"), Literal.Typed("007", Xsd.Integer)),
            new(new Iri(Base + "g"), Schema.Name, Literal.String("in a named graph"), new Iri(Base + "graph/1")),
        ];
        var json = Write(quads);
        Assert.True(Isomorphism.AreIsomorphic(quads, Read(json)), json);
        Assert.Contains("\"schema:dateCreated\": \"not a date\"", json);
    }

    [Fact]
    public void RegisteredInTheSyntaxRegistry()
    {
        Assert.IsType<JsonLdWriter>(RdfSyntaxes.CreateWriter(RdfFormat.JsonLd));
        Assert.IsType<JsonLdReader>(RdfSyntaxes.CreateReader(RdfFormat.JsonLd));
    }
}
