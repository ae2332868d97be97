using Graph.Core.Terms;

namespace Graph.Store.Tests;

public sealed class QuadStoreConcurrencyTests
{
    [Fact]
    public void Concurrent_readers_after_writes_see_one_consistent_store()
    {
        var store = new QuadStore();
        var p = new Iri("http://example.org/p");
        store.Load(Enumerable.Range(0, 2000).Select(i => new Quad(new Iri($"http://example.org/s{i % 100}"), p, Literal.Integer(i))));
        // Pending single writes: the first readers race to merge them (under the store's lock).
        for (var i = 0; i < 300; i++) store.Add(new Quad(new Iri($"http://example.org/s{i % 100}"), p, Literal.Integer(10_000 + i)));
        for (var i = 0; i < 100; i++) store.Remove(new Quad(new Iri($"http://example.org/s{i}"), p, Literal.Integer(i)));
        var subjects = Enumerable.Range(0, 100).Select(i => store.Dictionary.GetId(new Iri($"http://example.org/s{i}"))).ToArray();
        var predicate = store.Dictionary.GetId(p);
        var failures = 0;
        Parallel.For(0, 64, new ParallelOptions { MaxDegreeOfParallelism = 8 }, n =>
        {
            var s = subjects[n % subjects.Length];
            var seen = 0;
            foreach (var q in store.Match(s, predicate, TermId.Any)) seen += q.Subject == s ? 1 : 1000;
            // Each subject had 20 objects, gained 3 and lost 1.
            if (seen != 22 || store.CountMatches(s, TermId.Any, TermId.Any) != 22 || store.Count != 2200) Interlocked.Increment(ref failures);
        });
        Assert.Equal(0, failures);
    }
}
