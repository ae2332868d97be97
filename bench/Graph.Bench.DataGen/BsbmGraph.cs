using System.Globalization;
using System.Text;
using Graph.Core.Terms;
using Graph.Core.Vocabularies;

namespace Graph.Bench.DataGen;

/// <summary>
/// An e-commerce dataset in the shape the Berlin SPARQL Benchmark describes (product types in a hierarchy, product
/// features, producers, products with numeric and textual properties, vendors and their offers, reviewers and their
/// reviews with ratings), written from that published description; deterministic for a seed. About 310 triples per
/// product: 320 products ≈ 100k triples, 3,200 ≈ 1M.
/// </summary>
public sealed class BsbmGraph(int products, int seed = 20240229)
{
    public const string Vocabulary = "http://www4.wiwiss.fu-berlin.de/bizer/bsbm/v01/vocabulary/";
    public const string Instances = "http://www4.wiwiss.fu-berlin.de/bizer/bsbm/v01/instances/";
    private const string Rev = "http://purl.org/stuff/rev#";
    private const string Foaf = "http://xmlns.com/foaf/0.1/";
    private const string Dc = "http://purl.org/dc/elements/1.1/";
    private const string Countries = "http://downlode.org/rdf/iso-3166/countries#";
    private static readonly string[] CountryCodes = ["US", "GB", "DE", "FR", "JP", "CN", "RU", "ES", "AT", "KR"];
    private static readonly DateOnly Today = new(2008, 6, 20);

    private static Iri V(string local) => new(Vocabulary + local);
    private static Iri I(string local) => new(Instances + local);

    public int ProductCount { get; } = products;

    /// <summary>Product types: a tree with four children per node; products are typed with a leaf and its ancestors.</summary>
    public int TypeCount => Math.Max(8, ProductCount / 10);

    public int FeatureCount => Math.Max(40, ProductCount / 4);

    public IEnumerable<Quad> Generate()
    {
        var random = new Random(seed);
        var text = new StringBuilder();
        var product = V("Product");
        for (var t = 1; t <= TypeCount; t++)
        {
            var type = I($"ProductType{t}");
            yield return new Quad(type, Rdf.Type, V("ProductType"));
            yield return new Quad(type, Rdfs.Label, Literal.String(Words(random, text, 1, 3)));
            yield return new Quad(type, Rdfs.Comment, Literal.String(Words(random, text, 5, 20)));
            if (t > 1) yield return new Quad(type, Rdfs.SubClassOf, I($"ProductType{(t - 2) / 4 + 1}"));
        }
        for (var f = 1; f <= FeatureCount; f++)
        {
            var feature = I($"ProductFeature{f}");
            yield return new Quad(feature, Rdf.Type, V("ProductFeature"));
            yield return new Quad(feature, Rdfs.Label, Literal.String(Words(random, text, 1, 3)));
            yield return new Quad(feature, Rdfs.Comment, Literal.String(Words(random, text, 5, 20)));
        }

        var producers = Math.Max(1, ProductCount / 20);
        for (var p = 1; p <= producers; p++)
            foreach (var q in Organisation(random, text, I($"dataFromProducer{p}/Producer{p}"), V("Producer"))) yield return q;
        var vendors = Math.Max(1, ProductCount / 50);
        for (var v = 1; v <= vendors; v++)
            foreach (var q in Organisation(random, text, I($"dataFromVendor{v}/Vendor{v}"), V("Vendor"))) yield return q;
        var reviewers = Math.Max(1, ProductCount / 2);
        for (var r = 1; r <= reviewers; r++)
        {
            var person = I($"dataFromRatingSite{r % 10 + 1}/Reviewer{r}");
            yield return new Quad(person, Rdf.Type, new Iri(Foaf + "Person"));
            yield return new Quad(person, new Iri(Foaf + "name"), Literal.String(Words(random, text, 1, 2)));
            yield return new Quad(person, new Iri(Foaf + "mbox_sha1sum"), Literal.String(random.NextInt64().ToString("x16", CultureInfo.InvariantCulture)));
            yield return new Quad(person, V("country"), new Iri(Countries + Pick(random, CountryCodes)));
        }

        int offer = 0, review = 0;
        for (var n = 1; n <= ProductCount; n++)
        {
            var producer = 1 + (n - 1) % producers;
            var subject = I($"dataFromProducer{producer}/Product{n}");
            yield return new Quad(subject, Rdf.Type, product);
            for (var type = TypeCount - random.Next(Math.Max(1, TypeCount * 3 / 4)); type >= 1; type = type == 1 ? 0 : (type - 2) / 4 + 1)
                yield return new Quad(subject, Rdf.Type, I($"ProductType{type}"));
            yield return new Quad(subject, Rdfs.Label, Literal.String(Words(random, text, 1, 3)));
            yield return new Quad(subject, Rdfs.Comment, Literal.String(Words(random, text, 20, 60)));
            yield return new Quad(subject, V("producer"), I($"dataFromProducer{producer}/Producer{producer}"));
            foreach (var f in Enumerable.Range(0, random.Next(5, 16)).Select(_ => random.Next(1, FeatureCount + 1)).Distinct())
                yield return new Quad(subject, V("productFeature"), I($"ProductFeature{f}"));
            for (var k = 1; k <= 6; k++)
                if (k <= 3 || random.Next(2) == 0)
                    yield return new Quad(subject, V($"productPropertyNumeric{k}"), Literal.Integer(random.Next(1, 2001)));
            for (var k = 1; k <= 6; k++)
                if (k <= 3 || random.Next(2) == 0)
                    yield return new Quad(subject, V($"productPropertyTextual{k}"), Literal.String(Words(random, text, 3, 15)));
            yield return new Quad(subject, new Iri(Dc + "publisher"), I($"dataFromProducer{producer}/Producer{producer}"));
            yield return new Quad(subject, new Iri(Dc + "date"), Literal.Date(Today.AddDays(-random.Next(1, 700))));

            for (var o = 0; o < 20; o++)
            {
                // Round-robin, so that Offer1 is dataFromVendor1/Offer1 at every scale (query 11 names it).
                var vendor = 1 + offer % vendors;
                var s = I($"dataFromVendor{vendor}/Offer{++offer}");
                var from = Today.AddDays(-random.Next(0, 180));
                yield return new Quad(s, Rdf.Type, V("Offer"));
                yield return new Quad(s, V("product"), subject);
                yield return new Quad(s, V("vendor"), I($"dataFromVendor{vendor}/Vendor{vendor}"));
                yield return new Quad(s, V("price"), Literal.Typed((random.Next(500, 1_000_000) / 100m).ToString("0.00", CultureInfo.InvariantCulture), new Iri(Vocabulary + "USD")));
                yield return new Quad(s, V("validFrom"), Literal.Typed(from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00", Xsd.DateTime));
                yield return new Quad(s, V("validTo"), Literal.Typed(from.AddDays(random.Next(30, 365)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00", Xsd.DateTime));
                yield return new Quad(s, V("deliveryDays"), Literal.Integer(random.Next(1, 22)));
                yield return new Quad(s, V("offerWebpage"), new Iri($"http://www.vendor{vendor}.com/offers/{offer}"));
                yield return new Quad(s, new Iri(Dc + "publisher"), I($"dataFromVendor{vendor}/Vendor{vendor}"));
            }
            for (var r = 0; r < 10; r++)
            {
                var reviewer = random.Next(1, reviewers + 1);
                var s = I($"dataFromRatingSite{reviewer % 10 + 1}/Review{++review}");
                yield return new Quad(s, Rdf.Type, new Iri(Rev + "Review"));
                yield return new Quad(s, V("reviewFor"), subject);
                yield return new Quad(s, new Iri(Rev + "reviewer"), I($"dataFromRatingSite{reviewer % 10 + 1}/Reviewer{reviewer}"));
                yield return new Quad(s, V("reviewDate"), Literal.Typed(Today.AddDays(-random.Next(0, 365)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00", Xsd.DateTime));
                yield return new Quad(s, new Iri(Dc + "title"), Literal.LangString(Words(random, text, 3, 8), random.Next(4) == 0 ? "de" : "en"));
                yield return new Quad(s, new Iri(Rev + "text"), Literal.LangString(Words(random, text, 30, 80), random.Next(4) == 0 ? "de" : "en"));
                for (var k = 1; k <= 4; k++)
                    if (random.Next(10) < 7)
                        yield return new Quad(s, V($"rating{k}"), Literal.Integer(random.Next(1, 11)));
            }
        }
    }

    private static IEnumerable<Quad> Organisation(Random random, StringBuilder text, Iri subject, Iri type)
    {
        yield return new Quad(subject, Rdf.Type, type);
        yield return new Quad(subject, Rdfs.Label, Literal.String(Words(random, text, 1, 3)));
        yield return new Quad(subject, Rdfs.Comment, Literal.String(Words(random, text, 10, 30)));
        yield return new Quad(subject, new Iri(Foaf + "homepage"), new Iri($"http://www.{subject.Value[(subject.Value.LastIndexOf('/') + 1)..].ToLowerInvariant()}.com/"));
        yield return new Quad(subject, V("country"), new Iri(Countries + Pick(random, CountryCodes)));
    }

    private static string Words(Random random, StringBuilder text, int min, int max)
    {
        text.Clear();
        for (int i = 0, n = random.Next(min, max + 1); i < n; i++)
        {
            if (i > 0) text.Append(' ');
            text.Append(Pick(random, Graph.Bench.DataGen.Words.Text));
        }
        return text.ToString();
    }

    private static string Pick(Random random, string[] words) => words[random.Next(words.Length)];
}
