using Graph.Sparql.Syntax;

namespace Graph.Sparql.Tests.Algebra;

/// <summary>SPARQL in, SSE out: the §18.2 translation.</summary>
public sealed class TranslationTests
{
    private static string Sse(string query) =>
        SparqlParser.ParseQuery("PREFIX : <http://x/>\n" + query).Pattern.ToSse();

    [Theory]
    [InlineData("SELECT * { ?s :p ?o }", "(project (?s ?o) (bgp (?s <http://x/p> ?o)))")]
    [InlineData("SELECT ?s { ?s :p ?o FILTER(?o > 1) ?s :q ?r }",
        "(project (?s) (filter (> ?o 1) (bgp (?s <http://x/p> ?o) (?s <http://x/q> ?r))))")]
    [InlineData("SELECT * { ?s :p ?o OPTIONAL { ?o :q ?r FILTER(?r != ?s) } }",
        "(project (?s ?o ?r) (leftjoin (bgp (?s <http://x/p> ?o)) (bgp (?o <http://x/q> ?r)) (!= ?r ?s)))")]
    [InlineData("SELECT * { ?s :p ?o BIND(?o + 1 AS ?n) ?s :q ?r }",
        "(project (?s ?o ?n ?r) (join (extend ((?n (+ ?o 1))) (bgp (?s <http://x/p> ?o))) (bgp (?s <http://x/q> ?r))))")]
    [InlineData("SELECT * { { ?s :p ?o } UNION { ?s :q ?o } MINUS { ?s :r 1 } }",
        "(project (?s ?o) (minus (union (bgp (?s <http://x/p> ?o)) (bgp (?s <http://x/q> ?o))) (bgp (?s <http://x/r> 1))))")]
    [InlineData("SELECT * { ?s :p/:q ?o }",
        "(project (?s ?o) (bgp (?s <http://x/p> ?_:?s0) (?_:?s0 <http://x/q> ?o)))")]
    [InlineData("SELECT * { ?s ^:p ?o }", "(project (?o ?s) (bgp (?o <http://x/p> ?s)))")]
    [InlineData("SELECT * { ?s :p+ ?o }", "(project (?s ?o) (path ?s (path+ <http://x/p>) ?o))")]
    [InlineData("SELECT * { ?s !(:p|^:q) ?o }",
        "(project (?s ?o) (path ?s (alt (notoneof <http://x/p>) (reverse (notoneof <http://x/q>))) ?o))")]
    [InlineData("SELECT ?s (COUNT(*) AS ?n) { ?s :p ?o } GROUP BY ?s HAVING (COUNT(*) > 2)",
        "(project (?s ?n) (extend ((?n ?.0)) (filter (> ?.0 2) (group (?s) ((?.0 (count))) (bgp (?s <http://x/p> ?o))))))")]
    [InlineData("SELECT DISTINCT ?o { ?s :p ?o } ORDER BY DESC(?o) LIMIT 5 OFFSET 2",
        "(slice 2 5 (distinct (project (?o) (order ((desc ?o)) (bgp (?s <http://x/p> ?o))))))")]
    [InlineData("SELECT * { GRAPH ?g { ?s :p ?o } VALUES ?o { 1 UNDEF } }",
        "(project (?g ?s ?o) (join (graph ?g (bgp (?s <http://x/p> ?o))) (table (vars ?o) (row (?o 1)) (row))))")]
    [InlineData("SELECT * { ?s :p ?o FILTER NOT EXISTS { ?o :q ?s } }",
        "(project (?s ?o) (filter (notexists (bgp (?o <http://x/q> ?s))) (bgp (?s <http://x/p> ?o))))")]
    [InlineData("SELECT * { ?s :p ?o { SELECT ?o { ?o :q 1 } } }",
        "(project (?s ?o) (join (bgp (?s <http://x/p> ?o)) (project (?o) (bgp (?o <http://x/q> 1)))))")]
    [InlineData("SELECT * { ?s :p [ :q ?o ] }",
        "(project (?o ?s) (bgp (?_:?0 <http://x/q> ?o) (?s <http://x/p> ?_:?0)))")]
    [InlineData("SELECT * { ?s :p ?o FILTER(?o IN (1, 2) && xsd:integer(?o) = -?o) } ",
        "")]
    public void Translates(string query, string expected)
    {
        if (expected.Length == 0)
        {
            Assert.Throws<Graph.Core.Diagnostics.RdfSyntaxException>(() => Sse(query));
            return;
        }
        Assert.Equal(expected, Sse(query));
    }

    [Fact]
    public void Query_forms_and_dataset()
    {
        var q = SparqlParser.ParseQuery("CONSTRUCT { ?s <http://x/p> _:b } FROM <http://g/1> FROM NAMED <http://g/2> WHERE { ?s ?p ?o }");
        Assert.Equal("(construct (from <http://g/1>) (fromnamed <http://g/2>) (template (?s <http://x/p> _:b)) (bgp (?s ?p ?o)))", q.ToSse());
        var a = SparqlParser.ParseQuery("BASE <http://b/x/> ASK { <y> ?p \"a\"@en-GB, 1.5, 1e3, true }");
        Assert.Equal("(ask (bgp (<http://b/x/y> ?p \"a\"@en-gb) (<http://b/x/y> ?p 1.5) (<http://b/x/y> ?p \"1e3\"^^<http://www.w3.org/2001/XMLSchema#double>) (<http://b/x/y> ?p true)))", a.ToSse());
    }

    [Fact]
    public void Update_request()
    {
        var u = SparqlParser.ParseUpdate("PREFIX : <http://x/> INSERT DATA { :a :b :c GRAPH :g { :a :b 1 } } ; DELETE { ?s :p ?o } WHERE { ?s :p ?o } ; CLEAR SILENT ALL");
        Assert.Equal(3, u.Operations.Count);
        var modify = Assert.IsType<Graph.Sparql.Algebra.Modify>(u.Operations[1]);
        Assert.Equal("(bgp (?s <http://x/p> ?o))", modify.Pattern.ToSse());
    }
}
