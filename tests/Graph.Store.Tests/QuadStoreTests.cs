using Graph.Core.Terms;
using Graph.Core.Vocabularies;

namespace Graph.Store.Tests;

public sealed class QuadStoreTests
{
    private static readonly Iri Alice = new("http://example.org/alice");
    private static readonly Iri Bob = new("http://example.org/bob");
    private static readonly Iri Knows = new("http://xmlns.com/foaf/0.1/knows");
    private static readonly Iri Name = new("http://xmlns.com/foaf/0.1/name");
    private static readonly Iri G1 = new("http://example.org/g1");

    [Fact]
    public void Set_semantics_for_single_and_bulk_adds()
    {
        var store = new QuadStore();
        Assert.True(store.Add(new Quad(Alice, Knows, Bob)));
        Assert.False(store.Add(new Quad(Alice, Knows, Bob)));
        Assert.True(store.Add(new Quad(Alice, Knows, Bob, G1)));
        Assert.Equal(1, store.Load([new Quad(Alice, Knows, Bob), new Quad(Bob, Knows, Alice), new Quad(Bob, Knows, Alice)]));
        Assert.Equal(3, store.Count);
    }

    [Fact]
    public void Named_graphs_are_separate_from_the_default_graph()
    {
        var store = new QuadStore();
        store.Load([new Quad(Alice, Name, Literal.String("Alice")), new Quad(Alice, Name, Literal.LangString("Alicia", "es"), G1)]);
        var name = store.Dictionary.GetId(Name);
        var g1 = store.Dictionary.GetId(G1);
        Assert.Equal(1, store.CountMatches(0, name, 0, TermId.DefaultGraph));
        Assert.Equal(1, store.CountMatches(0, name, 0, g1));
        Assert.Equal(1, store.CountMatches(0, name, 0, TermId.AnyNamedGraph));
        Assert.Equal(2, store.CountMatches(0, name, 0, TermId.AnyGraph));
        Assert.Equal([TermId.DefaultGraph, g1], store.Graphs);
        Assert.Contains(new Quad(Alice, Name, Literal.LangString("Alicia", "es"), G1), store.Quads());
        Assert.False(store.Contains(new Quad(Alice, Name, Literal.LangString("Alicia", "es"))));
    }

    [Fact]
    public void Removal_of_terms_never_seen_is_false()
    {
        var store = new QuadStore();
        store.Add(new Quad(Alice, Knows, Bob));
        Assert.False(store.Remove(new Quad(Alice, Knows, new Iri("http://example.org/nobody"))));
        Assert.True(store.Remove(new Quad(Alice, Knows, Bob)));
        Assert.Equal(0, store.Count);
        Assert.True(store.Add(new Quad(Alice, Knows, Bob)));
        Assert.Equal(1, store.Count);
    }

    [Fact]
    public void An_enumerator_keeps_its_snapshot_while_the_store_changes()
    {
        var store = new QuadStore();
        store.Load([new Quad(Alice, Knows, Bob), new Quad(Bob, Knows, Alice)]);
        var enumerator = store.Match(0, 0, 0);
        store.Add(new Quad(Alice, Name, Literal.String("Alice")));
        Assert.Equal(3, store.Count);
        var seen = 0;
        while (enumerator.MoveNext()) seen++;
        Assert.Equal(2, seen);
    }

    [Fact]
    public void Canonical_order_is_QuadComparer_order()
    {
        var random = new Random(7);
        var quads = new List<Quad>();
        Term[] subjects = [Alice, Bob, new BlankNode("z"), new BlankNode("a"), new Iri("http://example.org/é")];
        Term[] objects = [.. subjects, Literal.String("b"), Literal.LangString("b", "en"), Literal.Integer(2), Literal.Typed("b", Xsd.Token), Literal.String("😀"), Literal.String("\uFFFD")];
        Term?[] graphs = [null, G1, new Iri("http://example.org/a-graph"), new BlankNode("g")];
        for (var i = 0; i < 200; i++)
            quads.Add(new Quad(subjects[random.Next(subjects.Length)], random.Next(2) == 0 ? Knows : Name, objects[random.Next(objects.Length)], graphs[random.Next(graphs.Length)]));
        var store = new QuadStore();
        // Insert terms in a scrambled order so that id order differs from canonical order.
        foreach (var q in quads.AsEnumerable().Reverse()) store.Add(q);
        var expected = quads.Distinct().Order(QuadComparer.Instance).ToList();
        Assert.Equal(expected, store.EnumerateCanonical().ToList());
    }

    [Fact]
    public void Statistics_count_like_VoID()
    {
        var store = new QuadStore();
        store.Load(
        [
            new Quad(Alice, Knows, Bob), new Quad(Alice, Name, Literal.String("Alice")), new Quad(Bob, Name, Literal.String("Bob")),
            new Quad(Bob, Knows, Alice, G1), new Quad(Alice, Knows, Bob, G1),
        ]);
        var knows = store.Dictionary.GetId(Knows);
        var name = store.Dictionary.GetId(Name);
        var all = store.GetStatistics();
        Assert.Equal(5, all.Quads);
        Assert.Equal(2, all.DistinctSubjects);
        Assert.Equal(2, all.DistinctPredicates);
        Assert.Equal(4, all.DistinctObjects);
        Assert.Equal(3, all.PredicateCounts[knows]);
        Assert.Equal(2, all.PredicateCounts[name]);
        var named = store.GetStatistics(TermId.AnyNamedGraph);
        Assert.Equal(new StoreStatistics(2, 2, 1, 2, new Dictionary<int, int> { [knows] = 2 }) with { PredicateCounts = named.PredicateCounts }, named);
        Assert.Equal(2, named.PredicateCounts[knows]);
        var defaults = store.GetStatistics(TermId.DefaultGraph);
        Assert.Equal((3, 2, 2, 3), (defaults.Quads, defaults.DistinctSubjects, defaults.DistinctPredicates, defaults.DistinctObjects));
    }

    [Fact]
    public void Patterns_reject_bad_ids()
    {
        var store = new QuadStore();
        Assert.Throws<ArgumentOutOfRangeException>(() => store.Match(-1, 0, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => store.Match(0, 0, 0, -3));
        Assert.Throws<ArgumentOutOfRangeException>(() => store.Add(new QuadIds(1, 1, 1)));
    }

    [Fact]
    public void A_bulk_load_is_invisible_until_committed_and_deduplicates()
    {
        var store = new QuadStore();
        store.Add(new Quad(Alice, Knows, Bob));
        var load = store.BeginBulkLoad(expectedQuads: 1);
        for (var i = 0; i < 5000; i++) load.Add(new Quad(new Iri($"http://example.org/p{i % 2500}"), Knows, Bob));
        load.Add(new Quad(Alice, Knows, Bob));
        Assert.Equal(5001, load.Count);
        Assert.Equal(1, store.Count);
        Assert.Equal(2500, load.Commit());
        Assert.Equal(2501, store.Count);
        Assert.Throws<ObjectDisposedException>(() => load.Commit());
        Assert.Throws<ObjectDisposedException>(() => load.Add(new Quad(Bob, Knows, Alice)));
        Assert.Equal(2501, store.CountMatches(0, store.Dictionary.GetId(Knows), store.Dictionary.GetId(Bob)));
    }
}
