using Graph.Core.Terms;
using Graph.Core.Vocabularies;
using Graph.Publishing.Statistics;
using VoID = Graph.Core.Vocabularies.Void;

namespace Graph.Publishing.Tests.Descriptions;

public class DatasetStatisticsTests
{
    private static readonly Iri D = new("http://ex.org/dataset");

    [Fact]
    public void CountsTheDataAndLeavesOutTheDatasetsOwnDescription()
    {
        var a = new Iri("http://ex.org/a");
        var b = new Iri("http://ex.org/b");
        var other = new Iri("http://elsewhere.org/c");
        var name = new Iri("http://schema.org/name");
        var knows = new Iri("http://xmlns.com/foaf/0.1/knows");
        var store = SampleGraph.StoreOf([
            new(a, Rdf.Type, Schema.Person),
            new(b, Rdf.Type, Schema.Person),
            new(b, Rdf.Type, Schema.Museum),
            new(a, name, Literal.LangString("A", "fr")),
            new(a, knows, b),
            new(other, knows, a),
            new(a, Schema.DateCreated, Literal.Date(new DateOnly(2023, 5, 2))),
            new(b, Schema.DateModified, Literal.Date(new DateOnly(2024, 1, 9))),
            new(b, Schema.DateCreated, Literal.Date(new DateOnly(2022, 12, 31))),
            // The description: never counted.
            new(D, Rdf.Type, VoID.Dataset),
            new(D, VoID.DataDump, new Iri("http://ex.org/graph.ttl")),
            new(new Iri("http://ex.org/graph.ttl"), Rdf.Type, Schema.DataDownload),
            new(D, VoID.ClassPartition, new Iri("http://ex.org/dataset/class/Person")),
            new(new Iri("http://ex.org/dataset/class/Person"), VoID.Entities, Literal.Integer(2)),
        ]);

        var stats = DatasetStatistics.Compute(store, D, "http://ex.org/");

        Assert.Equal(9, stats.Triples);
        Assert.Equal(2, stats.Entities); // a and b; c is outside the URI space
        Assert.Equal(3, stats.DistinctSubjects);
        Assert.Equal(2, stats.Classes.Count);
        Assert.Equal([("http://schema.org/Museum", 1L), ("http://schema.org/Person", 2L)], stats.Classes.Select(c => (c.Class.Value, c.Entities)));
        var knowsPartition = stats.Properties.Single(p => p.Property.Equals(knows));
        Assert.Equal((2L, 2L, 2L), (knowsPartition.Triples, knowsPartition.DistinctSubjects, knowsPartition.DistinctObjects));
        Assert.Equal(5, stats.Properties.Count);
        Assert.Contains("http://schema.org/", stats.Vocabularies);
        Assert.Contains("http://xmlns.com/foaf/0.1/", stats.Vocabularies);
        Assert.DoesNotContain(VoID.Namespace, stats.Vocabularies);
        Assert.Equal(["fr"], stats.Languages);
        Assert.Equal(new DateOnly(2022, 12, 31), stats.EarliestDate);
        Assert.Equal(new DateOnly(2024, 1, 9), stats.LatestDate);
    }

    [Fact]
    public void AgreesWithTheConvertersOwnDatasetNodeOnTheSampleVault()
    {
        var stats = DatasetStatistics.Compute(SampleGraph.Store, SampleGraph.Dataset, SampleGraph.Base);
        var stated = SampleGraph.Quads.Single(q => q.Subject.Equals(SampleGraph.Dataset) && q.Predicate.Equals(VoID.Triples));
        Assert.Equal(((Literal)stated.Object).LexicalForm, stats.Triples.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var entities = SampleGraph.Quads.Single(q => q.Subject.Equals(SampleGraph.Dataset) && q.Predicate.Equals(VoID.Entities));
        Assert.Equal(((Literal)entities.Object).LexicalForm, stats.Entities.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(16, stats.Classes.Single(c => c.Class.Equals(Schema.Person)).Entities);
    }
}
