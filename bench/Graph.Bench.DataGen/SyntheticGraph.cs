using System.Globalization;
using System.Text;
using Graph.Core.Terms;
using Graph.Core.Vocabularies;

namespace Graph.Bench.DataGen;

/// <summary>
/// A deterministic synthetic dataset (same seed, same triples, same order) shaped like a catalogue: people,
/// organisations, works and places with names, multilingual descriptions, typed literals (integers, decimals, dates,
/// booleans), links between entities, and blank-node addresses. Most objects are distinct, so the number of distinct
/// terms is close to the number of triples — the hard case for a dictionary.
/// </summary>
public sealed class SyntheticGraph(int triples, int seed = 20240229)
{
    private const string Base = "http://example.org/";
    private const string Ex = Base + "vocab#";

    private static readonly Iri[] Types =
        [new(Schema.Namespace + "Person"), new(Schema.Namespace + "Organization"), new(Schema.Namespace + "CreativeWork"), new(Schema.Namespace + "Place")];

    private static readonly Iri Name = new(Schema.Namespace + "name");
    private static readonly Iri Description = new(Schema.Namespace + "description");
    private static readonly Iri DateCreated = new(Schema.Namespace + "dateCreated");
    private static readonly Iri Url = new(Schema.Namespace + "url");
    private static readonly Iri Knows = new(Schema.Namespace + "knows");
    private static readonly Iri Address = new(Schema.Namespace + "address");
    private static readonly Iri Street = new(Schema.Namespace + "streetAddress");
    private static readonly Iri Locality = new(Schema.Namespace + "addressLocality");
    private static readonly Iri PostalCode = new(Schema.Namespace + "postalCode");
    private static readonly Iri Score = new(Ex + "score");
    private static readonly Iri Price = new(Ex + "price");
    private static readonly Iri Active = new(Ex + "active");

    public int Triples { get; } = triples;

    public IEnumerable<Quad> Generate()
    {
        var random = new Random(seed);
        var emitted = 0;
        var text = new StringBuilder();
        // Entities emitted so far are link targets; ~10 triples per entity on average.
        for (var entity = 0; emitted < Triples; entity++)
        {
            var type = entity % Types.Length;
            var subject = new Iri($"{Base}{Types[type].Value[(Schema.Namespace.Length)..].ToLowerInvariant()}/{entity}");
            foreach (var q in Entity(random, text, entity, type, subject))
            {
                yield return q;
                if (++emitted == Triples) yield break;
            }
        }
    }

    private static IEnumerable<Quad> Entity(Random random, StringBuilder text, int entity, int type, Iri subject)
    {
        yield return new Quad(subject, Rdf.Type, Types[type]);
        yield return new Quad(subject, Name, Literal.String(
            $"{Pick(random, Words.GivenNames)} {Pick(random, Words.FamilyNames)} {entity.ToString(CultureInfo.InvariantCulture)}"));
        yield return new Quad(subject, Description, Literal.LangString(Sentence(random, text, 4, 14), Pick(random, Words.Languages)));
        if (random.Next(3) == 0)
            yield return new Quad(subject, Description, Literal.String(Sentence(random, text, 3, 8)));
        yield return new Quad(subject, DateCreated, Literal.Date(new DateOnly(1850, 1, 1).AddDays(random.Next(0, 64_000))));
        yield return new Quad(subject, Score, Literal.Integer(random.NextInt64(-1_000_000, 100_000_000)));
        yield return new Quad(subject, Price, Literal.Typed(
            (random.Next(0, 10_000_000) / 100m).ToString("0.00", CultureInfo.InvariantCulture), Xsd.Decimal));
        yield return new Quad(subject, Active, Literal.Boolean(random.Next(4) != 0));
        yield return new Quad(subject, Url, new Iri(
            $"https://www.example.com/{Pick(random, Words.Cities)}/{entity.ToString(CultureInfo.InvariantCulture)}-{random.Next(1000).ToString(CultureInfo.InvariantCulture)}"));
        for (int i = 0, links = entity == 0 ? 0 : random.Next(0, 3); i < links; i++)
        {
            var target = random.Next(entity);
            yield return new Quad(subject, Knows, new Iri($"{Base}{Types[target % Types.Length].Value[(Schema.Namespace.Length)..].ToLowerInvariant()}/{target}"));
        }
        if (type is 0 or 1 or 3)
        {
            var address = new BlankNode("addr" + entity.ToString(CultureInfo.InvariantCulture));
            yield return new Quad(subject, Address, address);
            yield return new Quad(address, Street, Literal.String($"{random.Next(1, 200)} {Pick(random, Words.Streets)}"));
            yield return new Quad(address, Locality, Literal.String(Pick(random, Words.Cities)));
            yield return new Quad(address, PostalCode, Literal.String(random.Next(10000, 99999).ToString(CultureInfo.InvariantCulture)));
        }
    }

    private static string Sentence(Random random, StringBuilder text, int min, int max)
    {
        text.Clear();
        for (int i = 0, n = random.Next(min, max); i < n; i++)
        {
            if (i > 0) text.Append(' ');
            text.Append(Pick(random, Words.Text));
        }
        // A number keeps most sentences distinct, as real descriptions are.
        return text.Append(' ').Append(random.Next(100_000)).Append('.').ToString();
    }

    private static string Pick(Random random, string[] words) => words[random.Next(words.Length)];
}
