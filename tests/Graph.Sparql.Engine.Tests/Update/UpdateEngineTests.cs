using Graph.Core.Terms;
using Graph.Sparql.Syntax;

namespace Graph.Sparql.Engine.Tests.Update;

public class UpdateEngineTests
{
    private static readonly Iri G1 = new("http://example.org/g1");

    private static UpdateResult Run(GraphStore store, string update, UpdateOptions? options = null) =>
        UpdateEngine.Execute(SparqlParser.ParseUpdate("PREFIX : <http://example.org/>\n" + update), store, options);

    private static string Dump(GraphStore store) =>
        string.Join("\n", store.Store.Quads().Select(q => q.ToString()).Order(StringComparer.Ordinal));

    [Fact]
    public void A_failing_operation_undoes_the_whole_request()
    {
        var store = new GraphStore();
        Run(store, "INSERT DATA { :a :p 1 . GRAPH :g1 { :a :p 2 } }");
        var before = Dump(store);

        var e = Assert.Throws<UpdateEvaluationException>(() => Run(store,
            "DELETE DATA { :a :p 1 } ; INSERT DATA { :b :p 3 } ; DROP GRAPH :g1 ; CREATE GRAPH :g2 ; CREATE GRAPH :g2"));

        Assert.Contains("already exists", e.Message);
        Assert.Equal(before, Dump(store));
        Assert.True(store.Contains(G1));
        Assert.False(store.Contains(new Iri("http://example.org/g2")));
    }

    [Fact]
    public void A_graph_emptied_by_delete_still_exists_until_dropped()
    {
        var store = new GraphStore();
        Run(store, "INSERT DATA { GRAPH :g1 { :a :p 1 } }");
        Run(store, "DELETE WHERE { GRAPH :g1 { ?s ?p ?o } }");

        Assert.Equal(0, store.Store.Count);
        Assert.Equal([G1], store.EmptyGraphs);
        Assert.Throws<UpdateEvaluationException>(() => Run(store, "CREATE GRAPH :g1"));

        Run(store, "DROP GRAPH :g1");
        Assert.Empty(store.NamedGraphs);
        Assert.Throws<UpdateEvaluationException>(() => Run(store, "DROP GRAPH :g1"));
        Run(store, "DROP SILENT GRAPH :g1");
    }

    [Fact]
    public void Where_is_evaluated_in_full_before_the_changes()
    {
        var store = new GraphStore();
        Run(store, "INSERT DATA { :a :next :b . :b :next :c }");
        // Were inserts visible to the WHERE clause while it runs, the chain would grow beyond one step.
        var result = Run(store, "INSERT { ?x :next ?z } WHERE { ?x :next ?y . ?y :next ?z }");

        Assert.Equal(1, result.Inserted);
        Assert.Equal(3, store.Store.Count);
    }

    [Fact]
    public void Template_blank_nodes_are_fresh_per_solution_and_unused_in_the_store()
    {
        var store = new GraphStore();
        Run(store, "INSERT DATA { :a :p 1 . :b :p 2 }");
        Run(store, "INSERT { ?s :q _:n . _:n :r ?o } WHERE { ?s :p ?o }");

        var blanks = store.Store.Quads().Where(q => q.Object is BlankNode).Select(q => q.Object).Distinct().ToList();
        Assert.Equal(2, blanks.Count);
    }

    [Fact]
    public void With_is_the_graph_of_unqualified_templates_and_of_the_pattern()
    {
        var store = new GraphStore();
        Run(store, "INSERT DATA { :a :p 0 . GRAPH :g1 { :a :p 1 } }");
        Run(store, "WITH :g1 DELETE { ?s :p ?o } INSERT { ?s :p 2 } WHERE { ?s :p ?o }");

        Assert.Equal("<http://example.org/a> <http://example.org/p> \"0\"^^<http://www.w3.org/2001/XMLSchema#integer> .\n" +
                     "<http://example.org/a> <http://example.org/p> \"2\"^^<http://www.w3.org/2001/XMLSchema#integer> <http://example.org/g1> .",
            Dump(store));
    }

    [Fact]
    public void Load_goes_through_the_loader_and_silent_swallows_its_failure()
    {
        var store = new GraphStore();
        var doc = new Iri("http://example.org/doc");
        IEnumerable<Quad> Loader(Iri iri, CancellationToken _) =>
            iri.Equals(doc) ? [new Quad(new Iri("http://example.org/s"), new Iri("http://example.org/p"), Literal.String("o"))] : throw new IOException("404");
        var options = new UpdateOptions { Loader = Loader };

        Run(store, "LOAD <http://example.org/doc> INTO GRAPH :g1", options);
        Run(store, "LOAD SILENT <http://example.org/missing>", options);
        var e = Assert.Throws<UpdateEvaluationException>(() => Run(store, "LOAD <http://example.org/missing>", options));

        Assert.Contains("404", e.Message);
        Assert.Equal(1, store.Store.Count);
        Assert.True(store.Contains(G1));
    }

    [Fact]
    public void Copy_of_an_empty_existing_graph_leaves_an_empty_destination()
    {
        var store = new GraphStore();
        Run(store, "CREATE GRAPH :g1 ; INSERT DATA { GRAPH :g2 { :a :p 1 } } ; COPY :g1 TO :g2");

        Assert.Equal(0, store.Store.Count);
        Assert.Equal([G1, new Iri("http://example.org/g2")], store.NamedGraphs);
    }

    [Fact]
    public void Cancellation_leaves_the_store_unchanged()
    {
        var store = new GraphStore();
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        Assert.Throws<OperationCanceledException>(() => Run(store, "INSERT DATA { :a :p 1 }", new UpdateOptions { CancellationToken = cts.Token }));
        Assert.Equal(0, store.Store.Count);
    }

    [Fact]
    public void Protocol_dataset_acts_as_using_on_every_operation()
    {
        var store = new GraphStore();
        Run(store, "INSERT DATA { :a :p 0 . GRAPH :g1 { :a :p 1 } }");
        var request = SparqlParser.ParseUpdate("PREFIX : <http://example.org/> INSERT { :r :found ?o } WHERE { ?s :p ?o }");

        UpdateEngine.Execute(UpdateEngine.WithProtocolDataset(request, [G1], []), store);

        Assert.Contains("<http://example.org/r> <http://example.org/found> \"1\"", Dump(store));
        Assert.DoesNotContain("<http://example.org/r> <http://example.org/found> \"0\"", Dump(store));
        var with = SparqlParser.ParseUpdate("PREFIX : <http://example.org/> WITH :g1 INSERT { :r :found ?o } WHERE { ?s :p ?o }");
        Assert.Throws<UpdateEvaluationException>(() => UpdateEngine.WithProtocolDataset(with, [G1], []));
    }
}
