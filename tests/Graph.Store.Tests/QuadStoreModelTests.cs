using Graph.Core.Terms;

namespace Graph.Store.Tests;

/// <summary>
/// Every pattern shape (16 combinations of bound s, p, o, g, times the graph selectors) checked against a brute-force
/// set of quads, through random loads, adds and removals with fixed seeds.
/// </summary>
public sealed class QuadStoreModelTests
{
    private static readonly int[] Selectors = [TermId.AnyGraph, TermId.AnyNamedGraph];

    [Theory]
    [InlineData(1, 3)]   // default graph plus named graphs
    [InlineData(2, 0)]   // default graph only: "any graph" served by the graph-leading indexes
    [InlineData(3, -1)]  // one named graph only
    [InlineData(4, 5)]
    public void Matches_and_counts_agree_with_brute_force(int seed, int namedGraphs)
    {
        var random = new Random(seed);
        var store = new QuadStore();
        var model = new HashSet<QuadIds>();
        var terms = Enumerable.Range(0, 12).Select(i => store.Dictionary.GetOrAdd(new Iri($"http://example.org/t{i}"))).ToArray();
        var graphs = namedGraphs switch
        {
            -1 => [store.Dictionary.GetOrAdd(new Iri("http://example.org/only"))],
            0 => new[] { TermId.DefaultGraph },
            _ => [TermId.DefaultGraph, .. Enumerable.Range(0, namedGraphs).Select(i => store.Dictionary.GetOrAdd(new Iri($"http://example.org/g{i}")))],
        };
        QuadIds RandomQuad() => new(terms[random.Next(6)], terms[random.Next(3, 7)], terms[random.Next(4, 12)], graphs[random.Next(graphs.Length)]);

        // Bulk load with duplicates inside the batch.
        var batch = Enumerable.Range(0, 300).Select(_ => RandomQuad()).ToArray();
        var added = store.Load(batch);
        Assert.Equal(batch.Distinct().Count(), added);
        model.UnionWith(batch);
        Check(store, model, terms, graphs);

        for (var round = 0; round < 6; round++)
        {
            for (var i = 0; i < 60; i++)
            {
                var q = RandomQuad();
                if (random.Next(3) == 0) Assert.Equal(model.Remove(q), store.Remove(q));
                else Assert.Equal(model.Add(q), store.Add(q));
            }
            // A second bulk load that overlaps what is there.
            var more = Enumerable.Range(0, 40).Select(_ => RandomQuad()).ToArray();
            Assert.Equal(more.Distinct().Count(q => !model.Contains(q)), store.Load(more));
            model.UnionWith(more);
            Check(store, model, terms, graphs);
        }

        // Remove everything in random order.
        foreach (var q in model.OrderBy(_ => random.Next()).ToList())
        {
            Assert.True(store.Remove(q));
            Assert.False(store.Remove(q));
        }
        model.Clear();
        Check(store, model, terms, graphs);
        Assert.Empty(store.Graphs);
    }

    private static void Check(QuadStore store, HashSet<QuadIds> model, int[] terms, int[] graphs)
    {
        Assert.Equal(model.Count, store.Count);
        Assert.Equal(model.Select(q => q.Graph).Distinct().Order(), store.Graphs);
        int[] values = [TermId.Any, terms[0], terms[4], terms[5], terms[11], TermId.Unknown];
        foreach (var g in graphs.Concat(Selectors).Append(TermId.Unknown))
        foreach (var s in values)
        foreach (var p in values)
        foreach (var o in values)
        {
            var expected = model.Where(q => Matches(q, s, p, o, g)).ToHashSet();
            var actual = new List<QuadIds>();
            foreach (var q in store.Match(s, p, o, g)) actual.Add(q);
            Assert.Equal(expected.Count, actual.Count);
            Assert.True(expected.SetEquals(actual), $"pattern ({s} {p} {o} {g})");
            Assert.Equal(expected.Count, store.CountMatches(s, p, o, g));
        }
        foreach (var q in model) Assert.True(store.Contains(q));
    }

    private static bool Matches(QuadIds q, int s, int p, int o, int g) =>
        (s == 0 || q.Subject == s) && (p == 0 || q.Predicate == p) && (o == 0 || q.Object == o)
        && g switch
        {
            TermId.AnyGraph => true,
            TermId.AnyNamedGraph => q.Graph != TermId.DefaultGraph,
            _ => q.Graph == g,
        };
}
