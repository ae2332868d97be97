using Graph.Core.Terms;
using Graph.Sparql.Engine.Tests.Remote;
using Graph.Store;

namespace Graph.Cli.Tests;

public sealed class UpdateCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("graph-update-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void Applies_the_update_and_writes_the_dataset_atomically()
    {
        var data = Write("d.ttl", "@prefix : <http://example.org/> .\n:a :p 1 .\n:b :p 2 .\n");
        var output = Path.Combine(_dir, "out.nq");

        var (exit, stdout, stderr) = CliRun.Run("update", "--data", data, "-o", output,
            "PREFIX : <http://example.org/> DELETE { ?s :p ?o } INSERT { GRAPH :g { ?s :p ?o } } WHERE { ?s :p ?o FILTER(?o > 1) }");

        Assert.Equal(0, exit);
        Assert.Equal("", stdout);
        Assert.Equal("1 operation(s): 1 quad(s) inserted, 1 deleted.\n", stderr.ReplaceLineEndings("\n"));
        Assert.Equal(
            "<http://example.org/a> <http://example.org/p> \"1\"^^<http://www.w3.org/2001/XMLSchema#integer> .\n" +
            "<http://example.org/b> <http://example.org/p> \"2\"^^<http://www.w3.org/2001/XMLSchema#integer> <http://example.org/g> .\n",
            File.ReadAllText(output));
    }

    [Fact]
    public void A_failing_request_writes_nothing_and_exits_4()
    {
        var data = Write("d.ttl", "<http://example.org/a> <http://example.org/p> 1 .\n");
        var output = Write("out.ttl", "old");

        var (exit, _, stderr) = CliRun.Run("update", "--data", data, "-o", output,
            "INSERT DATA { <http://example.org/b> <http://example.org/p> 2 } ; DROP GRAPH <http://example.org/missing>");

        Assert.Equal(4, exit);
        Assert.Contains("no such graph", stderr);
        Assert.Equal("old", File.ReadAllText(output));
    }

    [Fact]
    public void Update_from_a_file_with_load_of_a_local_document()
    {
        var extra = Write("extra.nt", "<http://example.org/x> <http://example.org/p> \"x\" .\n");
        var update = Write("u.ru", "LOAD <extra.nt> INTO GRAPH <http://example.org/g>");

        var (exit, stdout, _) = CliRun.Run("update", "--update", update, "--to", "nq");

        Assert.Equal(0, exit);
        Assert.Equal("<http://example.org/x> <http://example.org/p> \"x\" <http://example.org/g> .\n", stdout);
    }

    [Fact]
    public void A_syntax_error_is_reported_with_its_position()
    {
        var (exit, _, stderr) = CliRun.Run("update", "INSERT DATA { <a> }");

        Assert.Equal(1, exit);
        Assert.Contains("<update>(1,19): error:", stderr);
    }

    [Fact]
    public void Query_and_update_against_a_remote_endpoint()
    {
        var store = new QuadStore();
        store.Add(new Quad(new Iri("http://example.org/a"), new Iri("http://example.org/p"), Literal.Integer(1)));
        using var endpoint = new LoopbackSparqlEndpoint(store);

        var (exit, _, stderr) = CliRun.Run("update", "--endpoint", endpoint.Url.AbsoluteUri, "INSERT DATA { <http://example.org/b> <http://example.org/p> 2 }");
        Assert.Equal(0, exit);
        Assert.Contains("accepted the update", stderr);

        var (qexit, csv, _) = CliRun.Run("query", "--endpoint", endpoint.Url.AbsoluteUri, "--results", "csv",
            "SELECT ?s WHERE { ?s <http://example.org/p> ?o } ORDER BY ?o");
        Assert.Equal(0, qexit);
        Assert.Equal("s\r\nhttp://example.org/a\r\nhttp://example.org/b\r\n", csv);

        var (cexit, nt, _) = CliRun.Run("query", "--endpoint", endpoint.Url.AbsoluteUri, "--results", "nt",
            "CONSTRUCT { ?s <http://example.org/q> ?o } WHERE { ?s <http://example.org/p> ?o FILTER(?o = 2) }");
        Assert.Equal(0, cexit);
        Assert.Equal("<http://example.org/b> <http://example.org/q> \"2\"^^<http://www.w3.org/2001/XMLSchema#integer> .\n", nt);
    }

    [Fact]
    public void A_remote_error_exits_4_with_status_and_body()
    {
        using var endpoint = new LoopbackSparqlEndpoint(new QuadStore()) { FailWith = (500, "out of memory") };

        var (exit, _, stderr) = CliRun.Run("query", "--endpoint", endpoint.Url.AbsoluteUri, "ASK {}");

        Assert.Equal(4, exit);
        Assert.Contains("500", stderr);
        Assert.Contains("out of memory", stderr);
    }

    [Fact]
    public void Endpoint_and_data_do_not_mix()
    {
        var data = Write("d.ttl", "");
        var (exit, _, stderr) = CliRun.Run("query", "--endpoint", "http://127.0.0.1:1/sparql", "--data", data, "ASK {}");

        Assert.Equal(2, exit);
        Assert.Contains("--data", stderr);
    }

    [Fact]
    public void Service_in_a_local_query_reaches_the_endpoint()
    {
        var remote = new QuadStore();
        remote.Add(new Quad(new Iri("http://example.org/a"), new Iri("http://example.org/name"), Literal.String("Alice")));
        using var endpoint = new LoopbackSparqlEndpoint(remote);
        var data = Write("d.ttl", "<http://example.org/a> <http://example.org/knows> <http://example.org/b> .\n");

        var (exit, csv, stderr) = CliRun.Run("query", "--data", data, "--results", "csv",
            $"SELECT ?n WHERE {{ ?x <http://example.org/knows> ?y SERVICE <{endpoint.Url}> {{ ?x <http://example.org/name> ?n }} }}");

        Assert.True(exit == 0, stderr);
        Assert.Equal("n\r\nAlice\r\n", csv);
    }
}
