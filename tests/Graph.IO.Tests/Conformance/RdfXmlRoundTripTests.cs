using System.Xml;
using Graph.Core.Terms;
using Graph.Core.Vocabularies;
using Graph.IO.RdfXml;
using Graph.Testing;

namespace Graph.IO.Tests.Conformance;

/// <summary>
/// Round trips through RDF/XML: the expected graph of every W3C evaluation test (RDF/XML, Turtle, TriG), written by
/// <see cref="RdfXmlWriter"/> (plain, relative to the test's base, canonical) and read back by
/// <see cref="RdfXmlReader"/>, must be isomorphic to itself; written twice, byte-identical; canonical output also
/// byte-identical when the input is shuffled and its blank nodes renamed. Datasets go one graph per document. A graph RDF/XML cannot express (a predicate with no
/// NCName ending, a syntax name as predicate, characters XML 1.0 cannot carry) must be refused by the writer, and only
/// such graphs: the row is then skipped with that reason.
/// </summary>
public sealed class RdfXmlRoundTripTests
{
    public static IEnumerable<TheoryDataRow<string, string>> Cases()
    {
        var cases = RdfTestSuite.EvalCases().ToList();
        if (cases.Count == 0)
        {
            yield return new TheoryDataRow<string, string>("none", "none");
            yield break;
        }
        foreach (var c in cases)
            foreach (var variant in new[] { "plain", "relative", "canonical" })
                yield return new TheoryDataRow<string, string>(RdfTestSuite.Find(c.Id)!.ShortId, variant);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Written_as_RdfXml_and_read_back(string id, string variant)
    {
        SharedData.Require(RdfTestSuite.ManifestPath);
        var entry = RdfTestSuite.Find(id) ?? throw new InvalidOperationException($"no entry {id}");
        var dataset = RdfTestSuite.Parse(RdfSyntaxes.CreateReader(entry.ResultFormat!), entry.ResultPath!, entry.BaseIri);
        var reason = Inexpressible(dataset);
        var options = variant switch
        {
            "plain" => new RdfWriterOptions(),
            // IRIs under the test's base are written relative to it (xml:base on rdf:RDF).
            "relative" => new RdfWriterOptions { BaseIri = entry.BaseIri },
            "canonical" => new RdfWriterOptions { Canonical = true },
            _ => throw new ArgumentOutOfRangeException(nameof(variant)),
        };

        // RDF/XML holds one graph: a dataset (TriG results) goes graph by graph, each as its own document and compared
        // on its own (a blank node shared between graphs cannot stay shared across documents).
        foreach (var graph in dataset.GroupBy(q => q.Graph))
        {
            var triples = graph.Select(q => q.AsTriple()).ToList();
            byte[] bytes;
            try
            {
                bytes = Write(triples, options);
            }
            catch (NotSupportedException e)
            {
                Assert.True(reason is not null, $"{id}: the writer refused a graph RDF/XML can express: {e.Message}");
                Assert.Skip($"RDF/XML cannot express this graph ({reason}); the writer refuses it: {e.Message}");
                return;
            }
            Assert.Equal(bytes, Write(triples, options));
            if (options.Canonical)
            {
                for (var seed = 1; seed <= 3; seed++)
                    Assert.Equal(bytes, Write(WriterTestKit.Scramble(triples, seed, rename: true), options));
            }
            var sink = new QuadList();
            new RdfXmlReader().Read(new MemoryStream(bytes), sink, new RdfReaderOptions { FileName = id + ".rdf" });
            RdfTestSuite.AssertIsomorphic(triples, sink.Quads, $"{id} graph {graph.Key?.ToString() ?? "(default)"}");
        }
        Assert.True(reason is null, $"{id}: the writer accepted a graph RDF/XML cannot express ({reason})");
    }

    /// <summary>A named graph cannot go into an RDF/XML document: the writer says so instead of dropping the graph name.</summary>
    [Fact]
    public void Named_graphs_are_refused()
    {
        Quad[] quads = [new(new Iri("http://example.org/s"), new Iri("http://example.org/p"), Literal.String("o"), new Iri("http://example.org/g"))];
        var e = Assert.Throws<NotSupportedException>(() => Write(quads, new RdfWriterOptions()));
        Assert.Contains("<http://example.org/g>", e.Message, StringComparison.Ordinal);
    }

    private static byte[] Write(IEnumerable<Quad> quads, RdfWriterOptions options)
    {
        using var stream = new MemoryStream();
        new RdfXmlWriter().Write(quads, stream, options);
        return stream.ToArray();
    }

    /// <summary>Why RDF/XML cannot express a graph, judged independently of the writer, or null when it can.</summary>
    private static string? Inexpressible(IEnumerable<Quad> quads)
    {
        foreach (var q in quads)
        {
            var p = ((Iri)q.Predicate).Value;
            var end = p.Length;
            while (end > 0 && XmlConvert.IsNCNameChar(p[end - 1])) end--;
            if (!p[end..].Any(XmlConvert.IsStartNCNameChar)) return $"the predicate <{p}> does not end in an NCName";
            if (p is Rdf.Namespace + "li" or Rdf.Namespace + "Description" or Rdf.Namespace + "about" or Rdf.Namespace + "ID"
                or Rdf.Namespace + "nodeID" or Rdf.Namespace + "resource" or Rdf.Namespace + "datatype" or Rdf.Namespace + "parseType"
                or Rdf.Namespace + "RDF")
                return $"the predicate <{p}> is an RDF/XML syntax name";
            foreach (var text in new[] { q.Subject.ToString(), q.Object is Literal l ? l.LexicalForm : q.Object.ToString() })
                if (!IsXmlText(text)) return "a character XML 1.0 cannot represent, such as a C0 control";
        }
        return null;
    }

    private static bool IsXmlText(string s)
    {
        for (var i = 0; i < s.Length; i++)
        {
            if (XmlConvert.IsXmlChar(s[i])) continue;
            if (i + 1 < s.Length && XmlConvert.IsXmlSurrogatePair(s[i + 1], s[i])) { i++; continue; }
            return false;
        }
        return true;
    }
}
