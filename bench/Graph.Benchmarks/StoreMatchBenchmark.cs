using BenchmarkDotNet.Attributes;
using Graph.Bench.DataGen;
using Graph.Core.Terms;
using Graph.Core.Vocabularies;
using Graph.Store;

namespace Graph.Benchmarks;

/// <summary>Pattern scans and counts over a loaded store of 1M triples (what the SPARQL engine calls in its joins).</summary>
public class StoreMatchBenchmark
{
    private QuadStore _store = new();
    private int[] _subjects = [];
    private int _type;
    private int _person;
    private int _name;

    [GlobalSetup]
    public void Setup()
    {
        _store = new QuadStore();
        _store.Load(new SyntheticGraph(1_000_000).Generate());
        var d = _store.Dictionary;
        _type = d.GetId(Rdf.Type);
        _person = d.GetId(new Iri(Schema.Namespace + "Person"));
        _name = d.GetId(new Iri(Schema.Namespace + "name"));
        _subjects = [.. Enumerable.Range(0, 1000).Select(i => d.GetId(new Iri($"http://example.org/person/{i * 4}")))];
    }

    /// <summary>?s a schema:Person (POS range, ~25% of entities).</summary>
    [Benchmark]
    public int ScanByPredicateObject()
    {
        var n = 0;
        foreach (var _ in _store.Match(TermId.Any, _type, _person, TermId.DefaultGraph)) n++;
        return n;
    }

    /// <summary>1000 lookups of &lt;s&gt; schema:name ?o (SPO prefix), like the inner side of an index join.</summary>
    [Benchmark]
    public int LookupBySubjectPredicate()
    {
        var n = 0;
        foreach (var s in _subjects)
        foreach (var _ in _store.Match(s, _name, TermId.Any, TermId.DefaultGraph)) n++;
        return n;
    }

    /// <summary>1000 cardinality estimates, as the optimiser asks them.</summary>
    [Benchmark]
    public int CountBySubject()
    {
        var n = 0;
        foreach (var s in _subjects) n += _store.CountMatches(s, TermId.Any, TermId.Any);
        return n;
    }
}
