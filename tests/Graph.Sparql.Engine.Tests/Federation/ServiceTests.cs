using Graph.Core.Terms;
using Graph.Sparql.Syntax;
using Graph.Store;

namespace Graph.Sparql.Engine.Tests.Federation;

public class ServiceTests
{
    private const string Prologue = "PREFIX : <http://example.org/>\n";

    private static QuadStore Store(params (string S, string P, string O)[] triples)
    {
        var store = new QuadStore();
        foreach (var (s, p, o) in triples)
            store.Add(new Quad(new Iri("http://example.org/" + s), new Iri("http://example.org/" + p), new Iri("http://example.org/" + o)));
        return store;
    }

    private static QueryResult Run(QuadStore local, string query, ISparqlServiceClient? client) =>
        QueryEngine.Execute(SparqlParser.ParseQuery(Prologue + query), local, new QueryOptions { ServiceClient = client });

    [Fact]
    public void Joins_the_remote_answers_and_sends_the_pattern_with_its_prologue()
    {
        var client = new InProcessServiceClient(new Dictionary<string, QuadStore> { ["http://remote/sparql"] = Store(("a", "name", "A"), ("b", "name", "B")) });
        var result = Run(Store(("a", "knows", "b")), "SELECT ?x ?n { ?x :knows ?y . SERVICE <http://remote/sparql> { ?x :name ?n } }", client);

        Assert.Equal([["http://example.org/a", "http://example.org/A"]], result.Rows.Select(r => r.Select(t => ((Iri)t!).Value).ToArray()));
        var (endpoint, sent) = Assert.Single(client.Sent);
        Assert.Equal("http://remote/sparql", endpoint);
        Assert.Equal("PREFIX : <http://example.org/>\nSELECT ?x ?n WHERE { ?x :name ?n }\n", sent);
    }

    [Fact]
    public void Bindings_from_outside_go_as_values()
    {
        var client = new InProcessServiceClient(new Dictionary<string, QuadStore> { ["http://remote/sparql"] = Store(("a", "name", "A")) });
        var result = Run(Store(("a", "p", "x"), ("b", "p", "x")), "SELECT ?s { ?s :p :x FILTER EXISTS { SERVICE <http://remote/sparql> { ?s :name ?n } } }", client);

        Assert.Equal("http://example.org/a", ((Iri)Assert.Single(result.Rows)[0]!).Value);
        Assert.All(client.Sent, s => Assert.Contains("VALUES (?s) { (<http://example.org/", s.Query));
    }

    [Fact]
    public void A_variable_endpoint_is_taken_from_each_row()
    {
        var client = new InProcessServiceClient(new Dictionary<string, QuadStore>
        {
            ["http://example.org/e1"] = Store(("a", "name", "A")),
            ["http://example.org/e2"] = Store(("b", "name", "B")),
        });
        var result = Run(Store(("d", "endpoint", "e1"), ("d", "endpoint", "e2")), "SELECT ?n { :d :endpoint ?e . SERVICE ?e { ?x :name ?n } } ORDER BY ?n", client);

        Assert.Equal(["http://example.org/A", "http://example.org/B"], result.Rows.Select(r => ((Iri)r[0]!).Value));
    }

    [Fact]
    public void Failure_is_an_error_unless_silent()
    {
        var client = new InProcessServiceClient(new Dictionary<string, QuadStore>());
        var local = Store(("a", "p", "b"));

        var e = Assert.Throws<QueryEvaluationException>(() => Run(local, "SELECT * { ?s :p ?o SERVICE <http://nowhere/> { ?s :q ?z } }", client));
        Assert.Contains("http://nowhere/", e.Message);

        var silent = Run(local, "SELECT * { ?s :p ?o SERVICE SILENT <http://nowhere/> { ?s :q ?z } }", client);
        Assert.Single(silent.Rows);
        Assert.Throws<QueryEvaluationException>(() => Run(local, "SELECT * { SERVICE <http://nowhere/> { ?s :q ?z } }", null));
    }
}
