using Graph.Sparql.Optimization;
using Graph.Sparql.Syntax;

namespace Graph.Sparql.Tests.Optimization;

/// <summary>Each pass alone, SPARQL in and SSE out; then the whole optimiser.</summary>
public sealed class OptimizerTests
{
    private static string Run(IOptimizationPass pass, string query) =>
        pass.Apply(SparqlParser.ParseQuery("PREFIX : <http://x/>\n" + query).Pattern).ToSse();

    [Theory]
    [InlineData("ASK { ?s :p ?o FILTER(1 + 2 = 3) }", "(bgp (?s <http://x/p> ?o))")]
    [InlineData("ASK { ?s :p ?o FILTER(2 * 3 < 5) }", "(table empty)")]
    [InlineData("ASK { ?s :p ?o FILTER(?o > 2 * 3) }", "(filter (> ?o 6) (bgp (?s <http://x/p> ?o)))")]
    [InlineData("ASK { ?s :p ?o FILTER(?o > 1.5 + 1) }", "(filter (> ?o (+ 1.5 1)) (bgp (?s <http://x/p> ?o)))")]
    [InlineData("ASK { ?s :p ?o FILTER(?o > 7 / 2) }", "(filter (> ?o (/ 7 2)) (bgp (?s <http://x/p> ?o)))")]
    public void Constant_folding(string query, string expected) => Assert.Equal(expected, Run(new ConstantFolding(), query));

    [Theory]
    [InlineData("ASK { { ?s :p ?o } GRAPH :g { ?o :q ?r } FILTER(?r > 1 && ?s != :a && true) }",
        "(join (filter (!= ?s <http://x/a>) (bgp (?s <http://x/p> ?o))) (graph <http://x/g> (filter (> ?r 1) (bgp (?o <http://x/q> ?r)))))")]
    [InlineData("ASK { { ?s :p ?o } { ?o :q ?r } FILTER(?r > 1) }", "(filter (> ?r 1) (bgp (?s <http://x/p> ?o) (?o <http://x/q> ?r)))")]
    [InlineData("ASK { ?s :p ?o OPTIONAL { ?o :q ?r } FILTER(?o = 1 && ?r = 2) }",
        "(filter (= ?r 2) (leftjoin (filter (= ?o 1) (bgp (?s <http://x/p> ?o))) (bgp (?o <http://x/q> ?r))))")]
    [InlineData("ASK { { ?s :p ?o } UNION { ?s :q ?o } FILTER(?o = 1) }",
        "(union (filter (= ?o 1) (bgp (?s <http://x/p> ?o))) (filter (= ?o 1) (bgp (?s <http://x/q> ?o))))")]
    [InlineData("ASK { ?s :p ?o MINUS { ?s :q ?r } FILTER(?r = 1) }",
        "(minus (filter (= ?r 1) (bgp (?s <http://x/p> ?o))) (bgp (?s <http://x/q> ?r)))")]
    [InlineData("ASK { { ?s :p ?o } { SELECT ?s { ?s :q ?r } LIMIT 1 } FILTER(?r = 1) }",
        "(filter (= ?r 1) (join (bgp (?s <http://x/p> ?o)) (slice _ 1 (project (?s) (bgp (?s <http://x/q> ?r))))))")]
    public void Filter_pushing(string query, string expected) => Assert.Equal(expected, Run(new FilterPushing(), query));

    [Theory]
    [InlineData("ASK { ?s :p ?o FILTER(?o = :c) }", "(extend ((?o <http://x/c>)) (bgp (?s <http://x/p> <http://x/c>)))")]
    [InlineData("ASK { ?s :p ?o FILTER(?o = 1) }", "(filter (= ?o 1) (bgp (?s <http://x/p> ?o)))")]
    [InlineData("ASK { ?s :p ?o FILTER(sameTerm(?o, 1)) }", "(extend ((?o 1)) (bgp (?s <http://x/p> 1)))")]
    [InlineData("ASK { ?s :p ?o FILTER(?x = :c) }", "(filter (= ?x <http://x/c>) (bgp (?s <http://x/p> ?o)))")]
    public void Filter_equality_placement(string query, string expected) =>
        Assert.Equal(expected, Run(new FilterEqualityPlacement(), query));

    [Theory]
    [InlineData("ASK { ?s ?p ?o . ?s :name ?n . :alice :knows ?s }",
        "(bgp (<http://x/alice> <http://x/knows> ?s) (?s <http://x/name> ?n) (?s ?p ?o))")]
    [InlineData("ASK { ?a :p ?b . ?c :q :d . ?b :r ?c }",
        "(bgp (?c <http://x/q> <http://x/d>) (?b <http://x/r> ?c) (?a <http://x/p> ?b))")]
    public void Join_reordering(string query, string expected) =>
        Assert.Equal(expected, Run(new JoinReordering(BoundPositionEstimator.Instance), query));

    [Fact]
    public void Optimizer_runs_every_pass_and_explains()
    {
        var op = SparqlParser.ParseQuery("PREFIX : <http://x/> SELECT ?n { ?s ?p ?o . ?s :name ?n FILTER(?s = :a && 1 < 2) }").Pattern;
        var report = new Optimizer().Explain(op);
        Assert.Equal(["constant-folding", "filter-pushing", "filter-equality-placement", "join-reordering"], report.Steps.Select(s => s.Pass));
        Assert.Equal("(project (?n) (extend ((?s <http://x/a>)) (bgp (<http://x/a> <http://x/name> ?n) (<http://x/a> ?p ?o))))", report.After.ToSse());
        Assert.StartsWith("before: (project (?n) (filter (&& (= ?s <http://x/a>) (< 1 2))", report.ToText());
    }
}
