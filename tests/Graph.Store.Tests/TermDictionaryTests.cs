using Graph.Core.Terms;
using Graph.Core.Vocabularies;

namespace Graph.Store.Tests;

public sealed class TermDictionaryTests
{
    public static TheoryData<Term> Terms() =>
    [
        new Iri("http://example.org/a"),
        new Iri(""),
        new Iri("http://example.org/café/Ærø?q=ü#frag"),
        new Iri("http://例え.jp/パス"),
        new BlankNode("b0"),
        new BlankNode("nœud_ß"),
        Literal.String(""),
        Literal.String("plain"),
        Literal.String("Élodie a écrit « ça » — naïve"),
        Literal.String("Grüße aus München"),
        Literal.String("東京 😀 𝄞"),
        Literal.String("line\nbreak \"quoted\" \\ tab\t"),
        Literal.LangString("chat", "fr"),
        Literal.LangString("Hello", "en-GB"),
        Literal.LangString("日本語", "ja"),
        Literal.Integer(42),
        Literal.Typed("01", Xsd.Integer),
        Literal.Typed("3.14", Xsd.Decimal),
        Literal.Typed("2024-02-29", Xsd.Date),
        Literal.Boolean(true),
        Literal.Typed("x", new Iri("http://example.org/dt/ünïcode")),
        Literal.Typed("no lang", Rdf.LangString),
        Literal.String(new string('a', 600)),
        Literal.String(string.Concat(Enumerable.Repeat("é😀", 200_000))),
    ];

    [Theory]
    [MemberData(nameof(Terms))]
    public void Round_trips_every_term_kind(Term term)
    {
        var dictionary = new TermDictionary();
        var id = dictionary.GetOrAdd(term);
        Assert.True(id > 0);
        Assert.Equal(term, dictionary.Decode(id));
        Assert.Equal(term.Kind, dictionary.GetKind(id));
        Assert.Equal(id, dictionary.GetOrAdd(term));
        Assert.True(dictionary.TryGetId(term, out var found));
        Assert.Equal(id, found);
    }

    [Fact]
    public void All_terms_together_get_distinct_ids_and_decode_back()
    {
        var dictionary = new TermDictionary();
        var terms = Terms().Select(row => row.Data).ToList();
        var ids = terms.Select(dictionary.GetOrAdd).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        for (var i = 0; i < terms.Count; i++) Assert.Equal(terms[i], dictionary.Decode(ids[i]));
    }

    [Fact]
    public void Same_text_in_different_kinds_is_different_terms()
    {
        var dictionary = new TermDictionary();
        Term[] terms =
        [
            new Iri("1"), new BlankNode("1"), Literal.String("1"), Literal.LangString("1", "en"),
            Literal.Integer(1), Literal.Typed("1", Xsd.Decimal), Literal.Typed("01", Xsd.Integer),
        ];
        var ids = terms.Select(dictionary.GetOrAdd).ToHashSet();
        Assert.Equal(terms.Length, ids.Count);
    }

    [Fact]
    public void Language_tags_are_case_insensitive()
    {
        var dictionary = new TermDictionary();
        Assert.Equal(dictionary.GetOrAdd(Literal.LangString("a", "en-US")), dictionary.GetOrAdd(Literal.LangString("a", "en-us")));
        Assert.Equal("en-us", ((Literal)dictionary.Decode(1)).Language);
    }

    [Fact]
    public void TryGetId_does_not_add()
    {
        var dictionary = new TermDictionary();
        Assert.False(dictionary.TryGetId(new Iri("http://example.org/x"), out _));
        Assert.False(dictionary.TryGetId(Literal.Typed("1", new Iri("http://example.org/unknown-dt")), out _));
        Assert.Equal(0, dictionary.Count);
        Assert.Equal(0, dictionary.GetId(Literal.String("x")));
    }

    [Fact]
    public void Unknown_ids_are_rejected()
    {
        var dictionary = new TermDictionary();
        dictionary.GetOrAdd(new Iri("http://example.org/x"));
        Assert.Throws<ArgumentOutOfRangeException>(() => dictionary.Decode(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => dictionary.Decode(2));
    }

    [Fact]
    public void A_lone_surrogate_is_refused_rather_than_altered()
    {
        var dictionary = new TermDictionary();
        Assert.ThrowsAny<ArgumentException>(() => dictionary.GetOrAdd(Literal.String("bad \uD800 surrogate")));
    }

    [Fact]
    public void Many_terms_survive_table_growth_and_page_boundaries()
    {
        var dictionary = new TermDictionary();
        const int n = 200_000;
        for (var i = 0; i < n; i++) Assert.Equal(i + 1, dictionary.GetOrAdd(new Iri($"http://example.org/r/{i}")));
        Assert.Equal(n, dictionary.Count);
        for (var i = 0; i < n; i += 997)
        {
            Assert.Equal(i + 1, dictionary.GetId(new Iri($"http://example.org/r/{i}")));
            Assert.Equal($"http://example.org/r/{i}", ((Iri)dictionary.Decode(i + 1)).Value);
        }
    }

    [Fact]
    public void Canonical_comparison_agrees_with_TermComparer()
    {
        var random = new Random(1234);
        string[] pieces = ["a", "b", "A", "é", "\uFFFD", "\uE000", "😀", "𝄞", "東", "", "1", "01", "ß", "z"];
        string Text() => string.Concat(Enumerable.Range(0, random.Next(0, 4)).Select(_ => pieces[random.Next(pieces.Length)]));
        var terms = new HashSet<Term>();
        for (var i = 0; i < 400; i++)
        {
            terms.Add(random.Next(6) switch
            {
                0 => new Iri(Text()),
                1 => new BlankNode("b" + Text()),
                2 => Literal.String(Text()),
                3 => Literal.LangString(Text(), random.Next(2) == 0 ? "en" : "fr-be"),
                4 => Literal.Typed(Text(), random.Next(2) == 0 ? Xsd.Integer : new Iri("http://x/" + Text())),
                _ => Literal.Typed(Text(), Xsd.String),
            });
        }
        var dictionary = new TermDictionary();
        var list = terms.ToList();
        var ids = list.Select(dictionary.GetOrAdd).ToList();
        for (var i = 0; i < list.Count; i++)
        for (var j = 0; j < list.Count; j += 7)
            Assert.Equal(Math.Sign(TermComparer.Instance.Compare(list[i], list[j])), Math.Sign(dictionary.CompareCanonical(ids[i], ids[j])));
    }

    [Fact]
    public void Value_bytes_and_datatype_ids_are_exposed_without_decoding()
    {
        var dictionary = new TermDictionary();
        var id = dictionary.GetOrAdd(Literal.Typed("2024-01-01", Xsd.Date));
        Assert.Equal("2024-01-01"u8.ToArray(), dictionary.GetValueUtf8(id).ToArray());
        Assert.Equal(Xsd.Date, dictionary.Decode(dictionary.GetDatatypeId(id)));
        Assert.Equal(0, dictionary.GetDatatypeId(dictionary.GetOrAdd(Literal.LangString("x", "de"))));
    }
}
