using Graph.Core.Terms;
using Graph.Core.Vocabularies;
using Graph.Publishing.Descriptions;
using Graph.Publishing.Statistics;

namespace Graph.Publishing.Tests.Descriptions;

public class DcatDescriptionTests
{
    private static readonly Iri AccessRights = new(Dcterms.Namespace + "accessRights");

    private static IReadOnlyList<Quad> Describe(Iri? endpoint = null) =>
        DcatDescription.Describe(DatasetStatistics.Compute(SampleGraph.Store, SampleGraph.Dataset, SampleGraph.Base), SampleGraph.Profile(endpoint));

    private static List<Term> Objects(IEnumerable<Quad> quads, Term s, Iri p) => quads.Where(q => q.Subject.Equals(s) && q.Predicate.Equals(p)).Select(q => q.Object).ToList();

    [Fact]
    public void TheDatasetHasTheMandatoryPropertiesOfDcatApCh()
    {
        var quads = Describe();
        var d = SampleGraph.Dataset;
        Assert.Contains(new Quad(d, Rdf.Type, Dcat.Dataset), quads);
        Assert.Equal([Literal.LangString("Knowledge graph", "en"), Literal.LangString("Graphe de connaissances", "fr")], Objects(quads, d, Dcterms.Title));
        Assert.Equal(2, Objects(quads, d, Dcterms.Description).Count);
        Assert.Equal(Literal.String("example-org-graph-dataset@musées-en-transition"), Objects(quads, d, Dcterms.Identifier).Single());
        var publisher = Assert.Single(Objects(quads, d, Dcterms.Publisher));
        Assert.Contains(Literal.String("Musées en transition"), Objects(quads, publisher, new Iri("http://xmlns.com/foaf/0.1/name")));
        var contact = Assert.Single(Objects(quads, d, Dcat.ContactPoint));
        Assert.Equal(new Iri("mailto:graph@example.org"), Objects(quads, contact, new Iri("http://www.w3.org/2006/vcard/ns#hasEmail")).Single());
        Assert.Equal(new Iri("http://publications.europa.eu/resource/authority/access-right/PUBLIC"), Objects(quads, d, AccessRights).Single());
        Assert.Equal(new Iri("https://creativecommons.org/licenses/by-sa/4.0/"), Objects(quads, d, Dcterms.License).Single());
        Assert.Contains(new Iri("http://publications.europa.eu/resource/authority/language/FRA"), Objects(quads, d, Dcterms.Language));
        var catalog = Assert.Single(quads, q => q.Predicate.Equals(Rdf.Type) && q.Object.Equals(Dcat.Catalog)).Subject;
        Assert.Contains(d, Objects(quads, catalog, new Iri(Dcat.Namespace + "dataset")));
    }

    [Fact]
    public void DatesComeFromTheDataNotTheClock()
    {
        var quads = Describe();
        var dated = SampleGraph.Quads.Where(q => q.Predicate.Equals(Schema.DateCreated)).Select(q => ((Literal)q.Object).LexicalForm).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(Literal.Date(DateOnly.Parse(dated[0], System.Globalization.CultureInfo.InvariantCulture)), Objects(quads, SampleGraph.Dataset, Dcterms.Issued).Single());
        Assert.Equal(Literal.Date(DateOnly.Parse(dated[^1], System.Globalization.CultureInfo.InvariantCulture)), Objects(quads, SampleGraph.Dataset, Dcterms.Modified).Single());
        Assert.Equal(Describe(), Describe());

        var fixedDates = DcatDescription.Describe(DatasetStatistics.Compute(SampleGraph.Store, SampleGraph.Dataset, SampleGraph.Base),
            SampleGraph.Profile() with { Issued = new DateOnly(2020, 1, 1) });
        Assert.Equal(Literal.Date(new DateOnly(2020, 1, 1)), Objects(fixedDates, SampleGraph.Dataset, Dcterms.Issued).Single());
    }

    [Fact]
    public void OneDistributionPerDumpWithDownloadUrlMediaTypeFormatAndSize()
    {
        var quads = Describe();
        var distributions = Objects(quads, SampleGraph.Dataset, Dcat.DistributionProp);
        Assert.Equal(2, distributions.Count);
        var ttl = new Iri(SampleGraph.Dataset.Value + "/distribution/graph.ttl");
        Assert.Contains(ttl, distributions);
        Assert.Equal(new Iri(SampleGraph.Base + "graph.ttl"), Objects(quads, ttl, Dcat.DownloadUrl).Single());
        Assert.Equal(new Iri(SampleGraph.Base + "graph.ttl"), Objects(quads, ttl, Dcat.AccessUrl).Single());
        Assert.Equal(new Iri("https://www.iana.org/assignments/media-types/text/turtle"), Objects(quads, ttl, Dcat.MediaType).Single());
        Assert.Equal(new Iri("http://publications.europa.eu/resource/authority/file-type/RDF_TURTLE"), Objects(quads, ttl, Dcterms.Format).Single());
        Assert.Equal(Literal.Typed("1234", Xsd.NonNegativeInteger), Objects(quads, ttl, Dcat.ByteSize).Single());
        Assert.Single(Objects(quads, ttl, Dcterms.Issued));
        var nt = new Iri(SampleGraph.Dataset.Value + "/distribution/graph.nt");
        Assert.Empty(Objects(quads, nt, Dcat.ByteSize));
        Assert.DoesNotContain(quads, q => q.Object.Equals(Dcat.DataService));
    }

    [Fact]
    public void AServedDatasetHasADataServiceForItsEndpoint()
    {
        var endpoint = new Iri("http://127.0.0.1:8080/sparql");
        var quads = Describe(endpoint);
        var service = Assert.Single(quads, q => q.Predicate.Equals(Rdf.Type) && q.Object.Equals(Dcat.DataService)).Subject;
        Assert.Equal(endpoint, Objects(quads, service, Dcat.EndpointUrl).Single());
        Assert.Equal(SampleGraph.Dataset, Objects(quads, service, Dcat.ServesDataset).Single());
        Assert.Single(Objects(quads, service, AccessRights));
        var viaService = Objects(quads, SampleGraph.Dataset, Dcat.DistributionProp).Single(d => Objects(quads, d, Dcat.AccessUrl).Contains(endpoint));
        Assert.Equal(service, Objects(quads, viaService, new Iri(Dcat.Namespace + "accessService")).Single());
    }
}
