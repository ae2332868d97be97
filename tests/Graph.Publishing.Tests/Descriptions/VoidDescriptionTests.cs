using Graph.Core.Terms;
using Graph.Core.Vocabularies;
using Graph.Publishing.Descriptions;
using Graph.Publishing.Statistics;
using VoID = Graph.Core.Vocabularies.Void;

namespace Graph.Publishing.Tests.Descriptions;

public class VoidDescriptionTests
{
    private static IReadOnlyList<Quad> Describe(Iri? endpoint = null) =>
        VoidDescription.Describe(DatasetStatistics.Compute(SampleGraph.Store, SampleGraph.Dataset, SampleGraph.Base), SampleGraph.Profile(endpoint));

    private static IEnumerable<Term> Objects(IEnumerable<Quad> quads, Term s, Iri p) => quads.Where(q => q.Subject.Equals(s) && q.Predicate.Equals(p)).Select(q => q.Object);

    private static long Count(IEnumerable<Quad> quads, Term s, Iri p) => long.Parse(((Literal)Objects(quads, s, p).Single()).LexicalForm, System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void DescribesTheDatasetWithItsStatisticsPartitionsAndDumps()
    {
        var quads = Describe();
        var d = SampleGraph.Dataset;
        Assert.Contains(new Quad(d, Rdf.Type, VoID.Dataset), quads);
        // The converter states the size of the data on the same node; both must agree.
        var stated = Count(SampleGraph.Quads, d, VoID.Triples);
        Assert.Equal(stated, Count(quads, d, VoID.Triples));
        foreach (var p in new[] { VoID.Entities, VoID.DistinctSubjects, VoID.DistinctObjects, VoID.Properties, VoID.Classes })
            Assert.True(Count(quads, d, p) > 0, p.Value);
        Assert.Equal([new Iri(SampleGraph.Base + "graph.ttl"), new Iri(SampleGraph.Base + "graph.nt")], Objects(quads, d, VoID.DataDump));
        Assert.Equal(Literal.String(SampleGraph.Base), Objects(quads, d, VoID.UriSpace).Single());
        Assert.Contains(new Iri(Schema.Namespace), Objects(quads, d, VoID.Vocabulary));
        Assert.Contains(new Iri(Skos.Namespace), Objects(quads, d, VoID.Vocabulary));
        Assert.Empty(Objects(quads, d, VoID.SparqlEndpoint));
        Assert.Contains(Literal.LangString("Graphe de connaissances", "fr"), Objects(quads, d, Dcterms.Title));

        // Class partitions carry the converter's IRIs and counts; property partitions add up to the triples.
        var person = new Iri(d.Value + "/class/Person");
        Assert.Contains(person, Objects(quads, d, VoID.ClassPartition));
        Assert.Equal(Schema.Person, Objects(quads, person, VoID.Class).Single());
        Assert.Equal(16, Count(quads, person, VoID.Entities));
        var properties = Objects(quads, d, VoID.PropertyPartition).ToList();
        Assert.Equal(Count(quads, d, VoID.Properties), properties.Count);
        Assert.Equal(stated, properties.Sum(p => Count(quads, p, VoID.Triples)));
        var worksFor = new Iri(d.Value + "/property/worksFor");
        Assert.Equal(15, Count(quads, worksFor, VoID.Triples));
    }

    [Fact]
    public void NamesTheEndpointWhenServed()
    {
        var quads = Describe(new Iri("http://127.0.0.1:8080/sparql"));
        Assert.Equal(new Iri("http://127.0.0.1:8080/sparql"), Objects(quads, SampleGraph.Dataset, VoID.SparqlEndpoint).Single());
    }

    [Fact]
    public void IsTheSameForTheSameInput()
    {
        Assert.Equal(Describe(), Describe());
    }

    [Fact]
    public void AgreesWithTheDatasetNodeInTheGraphWhereTheyOverlap()
    {
        // void.ttl and graph.ttl describe the same node: one value per counted property once merged.
        var merged = Describe().Concat(SampleGraph.Quads).Distinct().ToList();
        foreach (var p in new[] { VoID.Triples, VoID.Entities })
            Assert.Single(Objects(merged, SampleGraph.Dataset, p));
        foreach (var part in Objects(merged, SampleGraph.Dataset, VoID.ClassPartition))
            Assert.Single(Objects(merged, part, VoID.Entities));
    }
}
